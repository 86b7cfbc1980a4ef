using EntityKit.Recognition;
using EntityKit.Text;

namespace EntityKit.Models.English.Accurate.Tests;

/// <summary>Loading the accurate tier, windowing, and clear errors for broken model directories.</summary>
public sealed class AccurateEnglishModelTests
{
    private const string Article =
        "Lloyd Austin visited Baghdad on Monday. The Iraqi prime minister met him at the Ministry of Defense, officials said. " +
        "Kataib Hezbollah said on Tuesday that talks with the United States government would not resume before March, " +
        "and that the council of the party, the army and the police of the city had visited Washington, London, Paris and Berlin " +
        "in the first week of December. John Smith of Reuters reports.";

    [Fact]
    public void Load_FixtureDirectory_ReadsTheBudgetAndTheLabels()
    {
        using var model = TinyTagger.Load();

        Assert.Equal(16, model.MaxPieces);
        Assert.Equal(BilouLabelSet.OntoNotes.Count, model.Labels.Count);
    }

    [Fact]
    public void CreateAnalyzer_Article_GivesValidMentionsInsideTheEnglishPipeline()
    {
        using var model = TinyTagger.Load();
        var analyzer = model.CreateAnalyzer();

        var analysis = analyzer.Analyze(new Article("a1", Article));

        Assert.Null(analysis.Error);
        Assert.NotEmpty(analysis.Mentions);
        Assert.All(analysis.Mentions, m => Assert.Equal(Article.Substring(m.Start, m.Length), m.Text));
    }

    [Fact]
    public void ScoreTokens_SentenceLongerThanTheBudget_EqualsItsWindowsScoredSeparately()
    {
        using var model = TinyTagger.Load();
        var (tokens, _) = Tokenize(Article);
        var whole = new Sentence(0, Article.Length, 0, tokens.Length);
        var l = model.Labels.Count;
        var scores = new float[tokens.Length * l];
        model.Scorer.ScoreTokens(Article, tokens, [whole], scores, CancellationToken.None);

        var windows = new EncoderWindows();
        windows.Build(Article, tokens, [whole], new WordPieceTokenizer(VocabularyOf()), model.MaxPieces);
        Assert.True(windows.Windows.Count > 5, "the fixture's budget cuts this sentence into many windows");
        AssertEachWindowScoresAsOneSentence(model, tokens, windows, scores);
    }

    [Fact]
    public void Recognize_LongArticle_EqualsItsSentencesRecognizedSeparately()
    {
        using var model = TinyTagger.Load();
        var text = string.Concat(Enumerable.Repeat(Article + " ", 12));
        var (tokens, sentences) = Tokenize(text);
        var together = new List<RecognizedSpan>();
        model.Tagger.Recognize(new RecognitionInput(text, tokens, sentences), together, CancellationToken.None);

        var separately = new List<RecognizedSpan>();
        foreach (var sentence in sentences)
        {
            var piece = tokens.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray();
            var found = new List<RecognizedSpan>();
            model.Tagger.Recognize(new RecognitionInput(text, piece, [sentence with { FirstToken = 0 }]), found, CancellationToken.None);
            separately.AddRange(found.Select(m => m with { FirstToken = m.FirstToken + sentence.FirstToken }));
        }

        Assert.True(sentences.Length > 40);
        Assert.Equal(
            separately.Select(m => (m.FirstToken, m.TokenCount, m.Type)),
            together.Select(m => (m.FirstToken, m.TokenCount, m.Type)));
    }

    [Fact]
    public void Load_CorruptModelFile_IsAnErrorNamingTheFile()
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllBytes(Path.Combine(directory, "model.onnx"), [.. File.ReadAllBytes(Path.Combine(directory, "model.onnx")).Take(5000)]);

        var error = Assert.Throws<ModelFormatException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("model.onnx", error.Message);
        Assert.Contains("not a valid ONNX model", error.Message);
    }

    [Fact]
    public void Load_LabelsInAnotherOrder_IsAnErrorNamingTheFileAndLine()
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        var path = Path.Combine(directory, "labels.txt");
        var lines = File.ReadAllLines(path);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ModelFormatException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("labels.txt' line 2: expected 'B-PERSON', found 'I-PERSON'", error.Message);
    }

    [Fact]
    public void Load_MissingVocabulary_IsAnErrorNamingTheFile()
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.Delete(Path.Combine(directory, "vocab.txt"));

        var error = Assert.Throws<FileNotFoundException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("vocab.txt", error.Message);
    }

    [Fact]
    public void Load_SettingsWithoutBudget_IsAnErrorNamingTheFile()
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"epoch\": 1}");

        var error = Assert.Throws<ModelFormatException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("tagger.json", error.Message);
        Assert.Contains("max_pieces", error.Message);
    }

    [Fact]
    public void Load_SettingsWithCombination_CombinesWithTheFastModel()
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"max_pieces\": 16, \"combination\": {\"perceptron_weight\": 60, \"temperature\": 1.5}}");

        using var model = AccurateEnglishModel.Load(directory);

        Assert.Equal(60f, model.PerceptronWeight);
        Assert.Equal(1.5f, model.Temperature);
        Assert.NotNull(model.Recognizer.Model);
        Assert.Equal(60f, model.Recognizer.ModelWeight);
    }

    [Fact]
    public void Load_OptionsOverrideTheSettings()
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"max_pieces\": 16, \"combination\": {\"perceptron_weight\": 60}}");

        using var alone = AccurateEnglishModel.Load(directory, new AccurateModelOptions { PerceptronWeight = 0 });
        using var heavier = AccurateEnglishModel.Load(directory, new AccurateModelOptions { PerceptronWeight = 200, Temperature = 2 });

        Assert.Same(alone.Tagger, alone.Recognizer);
        Assert.Equal(200f, heavier.Recognizer.ModelWeight);
        Assert.Equal(2f, heavier.Recognizer.Temperature);
    }

    [Fact]
    public void Load_FixtureWithoutCombination_DecodesTheTaggerAlone()
    {
        using var model = TinyTagger.Load();

        Assert.Equal(0f, model.PerceptronWeight);
        Assert.Same(model.Tagger, model.Recognizer);
    }

    [Theory]
    [InlineData("{\"perceptron_weight\": -5}")]
    [InlineData("{\"perceptron_weight\": \"heavy\"}")]
    [InlineData("{\"temperature\": 2}")]
    [InlineData("[]")]
    public void Load_BadCombination_IsAnErrorNamingTheFile(string combination)
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"max_pieces\": 16, \"combination\": " + combination + "}");

        var error = Assert.Throws<ModelFormatException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("tagger.json", error.Message);
        Assert.Contains("combination", error.Message);
    }

    [Fact]
    public void Load_SettingsWithStacking_AddsTheLayerOverThePerceptronsScoresToTheTaggers()
    {
        var l = BilouLabelSet.OntoNotes.Count;
        var directory = TinyTagger.CopyToTemporaryDirectory();
        // P = 0.5 I, b = 2: every logit gains 2 plus half the perceptron's scaled max-marginal.
        var rows = Enumerable.Range(0, l).Select(y => "[" + string.Join(",", Enumerable.Range(0, l).Select(i => i == y ? "0.5" : "0")) + "]");
        File.WriteAllText(Path.Combine(directory, "tagger.json"),
            "{\"max_pieces\": 16, \"stacking\": {\"unit\": 100, \"floor\": -3000, \"weight\": [" + string.Join(",", rows) + "], \"bias\": [" + string.Join(",", Enumerable.Repeat("2", l)) + "]}}");
        using var plain = TinyTagger.Load();
        using var stacked = AccurateEnglishModel.Load(directory);
        var (tokens, sentences) = Tokenize(Article);
        var plainScores = new float[tokens.Length * l];
        var stackedScores = new float[tokens.Length * l];
        var marginals = new float[tokens.Length * l];

        plain.Scorer.ScoreTokens(Article, tokens, sentences, plainScores, CancellationToken.None);
        stacked.Scorer.ScoreTokens(Article, tokens, sentences, stackedScores, CancellationToken.None);
        EnglishModel.Default.ScoreDocument(Article, tokens, sentences, marginals);

        for (var i = 0; i < plainScores.Length; i++)
        {
            Assert.Equal(plainScores[i] + 2f + 0.5f * Math.Max(marginals[i], -3000f) / 100f, stackedScores[i], 0.001f);
        }
    }

    [Theory]
    [InlineData("{\"unit\": 100, \"floor\": -3000, \"weight\": [[1]], \"bias\": [0, 0]}")]
    [InlineData("{\"floor\": -3000, \"weight\": [], \"bias\": []}")]
    [InlineData("{\"unit\": 100, \"floor\": 5, \"weight\": [], \"bias\": []}")]
    [InlineData("[]")]
    [InlineData("{\"unit\": \"big\", \"floor\": -3000, \"weight\": [], \"bias\": []}")]
    [InlineData("{\"unit\": 100, \"floor\": -3000, \"weight\": [[\"x\"]], \"bias\": [0]}")]
    [InlineData("{\"unit\": 100, \"floor\": -3000, \"weight\": [[1]], \"bias\": [null]}")]
    [InlineData("{\"unit\": 100, \"floor\": -3000, \"weight\": [[1]], \"bias\": [0]}")]
    public void Load_BadStacking_IsAnErrorNamingTheFile(string stacking)
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"max_pieces\": 16, \"stacking\": " + stacking + "}");

        var error = Assert.Throws<ModelFormatException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("tagger.json", error.Message);
        Assert.Contains("stacking", error.Message);
    }

    [Fact]
    public void Load_SettingsWithPack_ScoresEachPackedWindowAsOneSequence()
    {
        var l = BilouLabelSet.OntoNotes.Count;
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"max_pieces\": 48, \"pack\": true}");
        using var packed = AccurateEnglishModel.Load(directory);
        var sequenceDirectory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(sequenceDirectory, "tagger.json"), "{\"max_pieces\": 48}");
        using var unpacked = AccurateEnglishModel.Load(sequenceDirectory);
        var (tokens, sentences) = Tokenize(Article);
        var scores = new float[tokens.Length * l];

        packed.Scorer.ScoreTokens(Article, tokens, sentences, scores, CancellationToken.None);

        var windows = new EncoderWindows();
        windows.Build(Article, tokens, sentences, new WordPieceTokenizer(VocabularyOf()), 48, packSentences: true);
        Assert.Contains(windows.Windows, w => sentences.Count(s => s.FirstToken >= w.FirstToken && s.EndToken <= w.EndToken) >= 2);
        // Each window's tokens as one sentence, unpacked: the same sequence, so the same scores.
        AssertEachWindowScoresAsOneSentence(unpacked, tokens, windows, scores);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("1")]
    [InlineData("{}")]
    public void Load_BadPack_IsAnErrorNamingTheFile(string pack)
    {
        var directory = TinyTagger.CopyToTemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "tagger.json"), "{\"max_pieces\": 16, \"pack\": " + pack + "}");

        var error = Assert.Throws<ModelFormatException>(() => AccurateEnglishModel.Load(directory));

        Assert.Contains("tagger.json", error.Message);
        Assert.Contains("\"pack\"", error.Message);
    }

    [Fact]
    public void Load_NegativeWeightOption_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AccurateEnglishModel.Load(TinyTagger.Directory, new AccurateModelOptions { PerceptronWeight = -1 }));
    }

    private static WordPieceVocabulary VocabularyOf()
    {
        using var stream = File.OpenRead(Path.Combine(TinyTagger.Directory, "vocab.txt"));
        return WordPieceVocabulary.Read(stream, "vocab.txt");
    }

    /// <summary>Scores each window's tokens as a sentence of their own with <paramref name="model"/> and expects the
    /// scores the whole document got.</summary>
    private static void AssertEachWindowScoresAsOneSentence(AccurateEnglishModel model, TokenInfo[] tokens, EncoderWindows windows, float[] scores)
    {
        var l = model.Labels.Count;
        foreach (var (first, end, _) in windows.Windows)
        {
            var piece = tokens[first..end];
            var alone = new float[piece.Length * l];
            model.Scorer.ScoreTokens(Article, piece, [new Sentence(piece[0].Start, piece[^1].End, 0, piece.Length)], alone, CancellationToken.None);
            for (var i = 0; i < alone.Length; i++)
            {
                Assert.Equal(alone[i], scores[first * l + i], 4);
            }
        }
    }

    private static (TokenInfo[] Tokens, Sentence[] Sentences) Tokenize(string text) => TestText.Tokenize(text);
}
