using EntityKit.Recognition;

namespace EntityKit.Tests.Recognition;

public class FeatureExtractorTests
{
    private static readonly FeatureExtractor Extractor = new(42, FeatureOptions.PredictionHistory, 18);

    [Fact]
    public void Extract_SameWordsAtOtherOffsets_GivesTheSameFeatures()
    {
        var a = Features("Mr. Brenn flew", 1);
        var b = Features("xx yy Mr. Brenn flew", 1, skip: 2);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Extract_DifferentCase_ChangesWordAndShapeFeaturesOnly()
    {
        var upper = Features("the Apple fell", 1);
        var lower = Features("the apple fell", 1);

        var shared = upper.Intersect(lower).Count();
        Assert.True(shared > upper.Length / 2, $"only {shared} of {upper.Length} features are shared");
        Assert.NotEqual(upper, lower);
    }

    [Fact]
    public void Extract_TypographicQuotes_MatchAsciiQuotes()
    {
        Assert.Equal(Features("he said \u201Cyes\u201D", 2), Features("he said \"yes\"", 2));
    }

    [Fact]
    public void Extract_IsBoundedAndDistinct()
    {
        var keys = Features("A B C D E", 2);

        Assert.InRange(keys.Length, 20, FeatureExtractor.MaxFeatures);
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Extract_SteadyState_AllocatesNothing()
    {
        var text = "On Monday Dr. Alvo Brenn flew from Qatlan to Vellora , officials said .";
        var (tokens, sentences) = Tokens(text, 0);
        var workspace = new FeatureWorkspace();
        var keys = new ulong[FeatureExtractor.MaxFeatures];
        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var after = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(0, after - before);

        void Run()
        {
            Extractor.PrepareDocument(text, tokens, sentences, workspace);
            var sentenceTokens = Extractor.PrepareSentence(text, tokens, sentences[0], workspace);
            for (var t = 0; t < sentenceTokens.Length; t++)
            {
                Extractor.Extract(text, sentenceTokens, t, workspace, keys);
            }
        }
    }

    [Fact]
    public void PrepareSentence_WordWrittenLowerCaseInALaterSentence_ChangesOnlyTheDocumentEvidenceOfAnEarlierOne()
    {
        var alone = Features("The Bank fell . a cat sat", 1, skip: 3, inFirstSentence: true);
        var seenLower = Features("The Bank fell . a bank sat", 1, skip: 3, inFirstSentence: true);

        Assert.Single(alone.Except(seenLower));
        Assert.Single(seenLower.Except(alone));
    }

    [Theory]
    [InlineData("apple", 1)]
    [InlineData("Apple", 2)]
    [InlineData("APPLE", 3)]
    [InlineData("McDonald", 4)]
    [InlineData("iPhone", 5)]
    [InlineData("1999", 0)]
    public void Classify_CaseClass(string word, int expected)
    {
        Assert.Equal(expected, FeatureExtractor.Classify(word) & 7);
    }

    [Theory]
    [InlineData("Tanshui", 5)]
    [InlineData("Oslo", 2)]
    [InlineData("Bad", 0)]
    [InlineData("Abcdefghijklmnopqrstuvwxyz", 17)]
    public void Extract_CharacterTrigrams_AddOneFeaturePerInnerTrigramOfLongerWords(string word, int trigrams)
    {
        var trigramExtractor = new FeatureExtractor(42, FeatureOptions.PredictionHistory | FeatureOptions.CharacterTrigrams, 18);
        var text = $"in {word} today";

        var with = Features(text, 1, extractor: trigramExtractor);
        var without = Features(text, 1);

        Assert.Equal(trigrams, with.Length - without.Length);
        Assert.Subset(with.ToHashSet(), without.ToHashSet());
    }

    [Fact]
    public void Extract_CharacterTrigrams_AreSharedByWordsThatLookAlike()
    {
        var trigramExtractor = new FeatureExtractor(42, FeatureOptions.PredictionHistory | FeatureOptions.CharacterTrigrams, 18);

        var tanshui = Features("in Tanshui today", 1, extractor: trigramExtractor).Except(Features("in Tanshui today", 1));
        var danshui = Features("in Danshui today", 1, extractor: trigramExtractor).Except(Features("in Danshui today", 1));

        Assert.Equal(4, tanshui.Intersect(danshui).Count());
    }

    public static TheoryData<int> SentenceLengths => new() { 1, 2, 3, 4, 5, 9 };

    [Theory]
    [MemberData(nameof(SentenceLengths))]
    public void ExtractSplit_LocalContextAndNeighbourParts_AreExactlyTheKeysOfExtract(int length)
    {
        var words = "On Monday Dr. Alvo Brenn of Acme Inc. flew from Qatlan to Vellora".Split(' ');
        var text = "xx " + string.Join(' ', words.Take(length));
        var clusters = EntityKit.Lexicon.WordClusters.Concatenate(
            EntityKit.Lexicon.WordClusters.Create([4, 8, 16, 32],
            [
                new("Monday", new EntityKit.Lexicon.ClusterIds([1, 2, 3, 4])),
                new("Brenn", new EntityKit.Lexicon.ClusterIds([2, 5, 9, 17])),
                new("of", new EntityKit.Lexicon.ClusterIds([0, 0, 0, 0])),
            ]),
            EntityKit.Lexicon.WordClusters.Create([3, 6], [new("Monday", new EntityKit.Lexicon.ClusterIds([2, 5]))]));
        var gazetteer = EntityKit.Lexicon.Gazetteer.Create(
            [new EntityKit.Lexicon.GazetteerEntry("Acme Inc.", EntityKit.Lexicon.GazetteerCategories.Company)]);
        var extractor = new FeatureExtractor(
            7, FeatureExtractor.SupportedOptions, 18,
            HashedLexicon.From(clusters, gazetteer));
        var (tokens, sentences) = Tokens(text, skip: 1);
        var workspace = new FeatureWorkspace();
        extractor.PrepareDocument(text, tokens, sentences, workspace);
        var sentenceTokens = extractor.PrepareSentence(text, tokens, sentences[^1], workspace);
        var end = sentenceTokens.Length;
        var keys = new ulong[FeatureExtractor.MaxFeatures];

        for (var i = 0; i < end; i++)
        {
            var expected = keys[..extractor.Extract(text, sentenceTokens, i, workspace, keys)];
            var parts = new List<ulong>();
            parts.AddRange(keys[..extractor.ExtractLocal(text, sentenceTokens, i, workspace, keys)]);
            parts.AddRange(keys[..extractor.ExtractContextExceptNeighbours(end, i, workspace, keys)]);
            foreach (var offset in new[] { -2, -1, 1, 2 })
            {
                var j = i + offset;
                if (j >= 0 && j < end)
                {
                    parts.AddRange(keys[..extractor.ExtractAsNeighbour(j, offset, workspace, keys)]);
                }
            }

            Assert.Equal(expected.Order(), parts.Order());
        }
    }

    /// <summary>The keys of token <paramref name="index"/> of the last sentence (or the first, <paramref name="inFirstSentence"/>).</summary>
    private static ulong[] Features(string text, int index, int skip = 0, FeatureExtractor? extractor = null, bool inFirstSentence = false)
    {
        extractor ??= Extractor;
        var (tokens, sentences) = Tokens(text, skip);
        var workspace = new FeatureWorkspace();
        extractor.PrepareDocument(text, tokens, sentences, workspace);
        var sentenceTokens = extractor.PrepareSentence(text, tokens, inFirstSentence ? sentences[0] : sentences[^1], workspace);
        var keys = new ulong[FeatureExtractor.MaxFeatures];
        var n = extractor.Extract(text, sentenceTokens, index, workspace, keys);
        return keys[..n];
    }

    private static (TokenInfo[] Tokens, Sentence[] Sentences) Tokens(string text, int skip)
    {
        var tokens = new List<TokenInfo>();
        var start = 0;
        foreach (var part in text.Split(' '))
        {
            tokens.Add(new TokenInfo(start, part.Length, TokenKind.Word));
            start += part.Length + 1;
        }

        Sentence[] sentences = skip == 0
            ? [new Sentence(0, text.Length, 0, tokens.Count)]
            : [new Sentence(0, tokens[skip - 1].End, 0, skip), new Sentence(tokens[skip].Start, text.Length, skip, tokens.Count - skip)];
        return ([.. tokens], sentences);
    }
}
