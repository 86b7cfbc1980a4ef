using EntityKit.Lexicon;
using EntityKit.Models.English;
using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// Recognition prepares features one sentence at a time (so its memory is bounded by the longest sentence, not the
/// article); these tests prove it computes exactly the features of the whole-document preparation that the model was
/// trained with, including gazetteer phrases, name runs and enclosures that cross sentence edges, document-level word
/// forms and the prediction history.
/// </summary>
public sealed class SentenceWorkspaceEquivalenceTests
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
        lexicon.Annotate(Text, tokens, expectedClusters, expectedHits);
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1024)]
    public void PrepareSentence_ShippedModelPiecesOfAnyLength_SameFeaturesAsTheWholeDocumentPreparation(int pieceLength)
    {
        var extractor = EnglishModel.Default.Extractor;
        var tokens = new EnglishTokenizer().Tokenize(Text);
        var sentences = Pieces(tokens, pieceLength);
        var whole = new FeatureWorkspace();
        var bySentence = new FeatureWorkspace();
        var expected = new ulong[FeatureExtractor.MaxFeatures];
        var actual = new ulong[FeatureExtractor.MaxFeatures];
        extractor.Prepare(Text, tokens, sentences, whole);
        extractor.PrepareDocument(Text, tokens, sentences, bySentence);
        var checkedTokens = 0;

        foreach (var sentence in sentences)
        {
            extractor.PrepareSentence(Text, tokens, sentence, bySentence);
            var sentenceTokens = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var labels = new int[sentence.TokenCount];
            for (var t = 0; t < sentence.TokenCount; t++)
            {
                var i = sentence.FirstToken + t;
                var n = extractor.Extract(Text, tokens, sentence.FirstToken, sentence.EndToken, i, whole, expected);
                var local = extractor.ExtractLocal(Text, sentenceTokens, t, bySentence, actual);
                var m = local + extractor.ExtractContext(0, sentence.TokenCount, t, bySentence, actual.AsSpan(local));
                Assert.Equal(expected.AsSpan(0, n).ToArray(), actual.AsSpan(0, m).ToArray());
                Assert.Equal(whole.CacheKey[i], bySentence.CacheKey[t]);
                labels[t] = (i * 7) % EnglishModel.Default.Labels.Count; // any labels: both sides record the same
                checkedTokens++;
            }

            extractor.RecordHistory(sentence.FirstToken, labels, whole);
            extractor.RecordHistory(0, labels, bySentence);
        }

        Assert.Equal(tokens.Length, checkedTokens);
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
