using EntityKit.Lexicon;
using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// Training and recognition prepare features the same way, one sentence at a time
/// (<see cref="FeatureExtractor.PrepareDocument"/>, then <see cref="FeatureExtractor.PrepareSentence"/>), so that memory
/// is bounded by the longest sentence, not the article. These tests pin what that preparation computes: gazetteer
/// phrases that cross sentence edges, document-level word forms and the prediction history, and, for the shipped model,
/// exactly the features it was trained with.
/// </summary>
public sealed class SentenceFeaturePreparationTests
{
    private const string Text =
        "\"Officials of the Bank of England met in New York City on Monday ( said the Times ) .\" "
        + "The bank of england said NEW YORK CITY was calm . New York City , new york and Paris agreed .";

    [Fact]
    public void AnnotateRange_EveryRange_EqualsTheWholeDocumentAnnotation()
    {
        var clusters = WordClusters.Create([4], [new("York", new ClusterIds([1])), new("Paris", new ClusterIds([2]))]);
        var gazetteer = Gazetteer.Create(
        [
            new GazetteerEntry("New York", GazetteerCategories.UsState),
            new GazetteerEntry("New York City", GazetteerCategories.City),
            new GazetteerEntry("Bank of England", GazetteerCategories.Capital),
            new GazetteerEntry("Paris", GazetteerCategories.City),
        ]);
        var lexicon = HashedLexicon.From(clusters, gazetteer);
        var tokens = new EnglishTokenizer().Tokenize(Text);
        var expectedClusters = new ClusterIds[tokens.Length];
        var expectedHits = new GazetteerHits[tokens.Length];
        lexicon.AnnotateRange(Text, tokens, 0, expectedClusters, expectedHits);
        Assert.Contains(expectedHits, h => !h.IsEmpty);

        for (var first = 0; first < tokens.Length; first++)
        {
            for (var count = 1; first + count <= tokens.Length; count++)
            {
                var actualClusters = new ClusterIds[count];
                var actualHits = new GazetteerHits[count];

                lexicon.AnnotateRange(Text, tokens, first, actualClusters, actualHits);

                Assert.Equal(expectedClusters.AsSpan(first, count).ToArray(), actualClusters);
                Assert.Equal(expectedHits.AsSpan(first, count).ToArray(), actualHits);
            }
        }
    }

    /// <summary>
    /// The checksums and counts of every key of every token, with the history of arbitrary labels recorded after each
    /// piece, were computed at commit 9984f25 by the whole-document preparation that trained the shipped model (since
    /// replaced by the sentence preparation): a change to what the preparation computes breaks this test.
    /// </summary>
    [Theory]
    [InlineData(1, 0xA3E595949DC48FC1UL, 2149)]
    [InlineData(2, 0xE426BA1AB5704047UL, 2403)]
    [InlineData(3, 0xA1D9FBFE809E4F93UL, 2487)]
    [InlineData(7, 0x55C440BCF2F98013UL, 2594)]
    [InlineData(1024, 0x1C97535B1A601847UL, 2645)]
    public void PrepareSentence_ShippedModelPiecesOfAnyLength_GivesTheFeaturesTheModelWasTrainedWith(
        int pieceLength, ulong expectedChecksum, int expectedKeys)
    {
        var extractor = EnglishModel.Default.Extractor;
        var tokens = new EnglishTokenizer().Tokenize(Text);
        var sentences = Pieces(tokens, pieceLength);
        var workspace = new FeatureWorkspace();
        var keys = new ulong[FeatureExtractor.MaxFeatures];
        var checksum = 14695981039346656037UL;
        var keyCount = 0;

        extractor.PrepareDocument(Text, tokens, sentences, workspace);
        foreach (var sentence in sentences)
        {
            var sentenceTokens = extractor.PrepareSentence(Text, tokens, sentence, workspace);
            var labels = new int[sentenceTokens.Length];
            for (var t = 0; t < sentenceTokens.Length; t++)
            {
                var n = extractor.Extract(Text, sentenceTokens, t, workspace, keys);
                foreach (var key in keys.AsSpan(0, n))
                {
                    checksum = (checksum ^ key) * 1099511628211UL;
                }

                checksum = (checksum ^ (ulong)n) * 1099511628211UL;
                keyCount += n;
                labels[t] = ((sentence.FirstToken + t) * 7) % EnglishModel.Default.Labels.Count;
            }

            extractor.RecordHistory(labels, workspace);
        }

        Assert.Equal(expectedKeys, keyCount);
        Assert.Equal(expectedChecksum, checksum);
    }

    private static Sentence[] Pieces(TokenInfo[] tokens, int pieceLength)
    {
        var pieces = new List<Sentence>();
        for (var first = 0; first < tokens.Length; first += pieceLength)
        {
            var count = Math.Min(pieceLength, tokens.Length - first);
            pieces.Add(new Sentence(tokens[first].Start, tokens[first + count - 1].End, first, count));
        }

        return [.. pieces];
    }
}
