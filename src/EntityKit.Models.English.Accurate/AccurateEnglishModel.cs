using EntityKit.Recognition;
using Microsoft.ML.OnnxRuntime;

namespace EntityKit.Models.English.Accurate;

/// <summary>
/// The accurate English tier: the fine-tuned encoder tagger exported by <c>tools/encoder</c> (a directory with
/// <c>model.onnx</c>, <c>vocab.txt</c>, <c>labels.txt</c>, <c>tagger.json</c>), run with ONNX Runtime on EntityKit's
/// own tokens and decoded with the core's constrained BILOU Viterbi. <see cref="CreateAnalyzer"/> puts it into the
/// English pipeline in place of the fast model, so the rules, resolution and output stay the same.
/// </summary>
/// <remarks>
/// Load once and share: the model and its recognizers are thread-safe. Dispose it (which releases the ONNX Runtime
/// session) only when no analyzer built on it is used any more.
/// </remarks>
public sealed class AccurateEnglishModel : IDisposable
{
    /// <summary>The model file's name in a model directory.</summary>
    public const string ModelFileName = "model.onnx";

    /// <summary>The vocabulary file's name in a model directory.</summary>
    public const string VocabularyFileName = "vocab.txt";

    /// <summary>The label file's name in a model directory.</summary>
    public const string LabelsFileName = "labels.txt";

    /// <summary>The settings file's name in a model directory.</summary>
    public const string SettingsFileName = "tagger.json";

    private const string ResourcePrefix = "EntityKit.Models.English.Accurate.Model.";

    private static readonly Lazy<AccurateEnglishModel> DefaultModel = new(() => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly OnnxTokenScorer _scorer;
    private readonly ITokenLabelScorer _stacked;

    private AccurateEnglishModel(OnnxTokenScorer scorer, string description, TaggerSettings settings, AccurateModelOptions options)
    {
        _scorer = scorer;
        Description = description;
        Temperature = options.Temperature ?? settings.Temperature;
        PerceptronWeight = options.PerceptronWeight ?? settings.PerceptronWeight ?? 0f;
        if (!(Temperature > 0) || float.IsInfinity(Temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Temperature, "AccurateModelOptions.Temperature must be a positive number.");
        }

        if (!(PerceptronWeight >= 0) || float.IsInfinity(PerceptronWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(options), PerceptronWeight, "AccurateModelOptions.PerceptronWeight must be 0 (the tagger alone) or a positive number.");
        }

        // A stacked tagger adds its layer over the perceptron's max-marginals to the encoder's logits.
        _stacked = settings.Stacking is { } stacking
            ? new PerceptronStackedScorer(scorer, EnglishModel.Default, stacking.Weight, stacking.Bias, stacking.Unit, stacking.Floor)
            : scorer;
        Tagger = new TokenScoreRecognizer(_stacked, Temperature);
        Recognizer = PerceptronWeight > 0
            ? TokenScoreRecognizer.Combine(_stacked, EnglishModel.Default, PerceptronWeight, Temperature)
            : Tagger;
    }

    /// <summary>
    /// The accurate model embedded in this package (loaded on first use, then shared; never disposed), combined with
    /// the embedded fast model as tuned on OntoNotes dev. docs/MODEL.md tells how it was trained and what it scores.
    /// </summary>
    public static AccurateEnglishModel Default => DefaultModel.Value;

    /// <summary>Where the model came from (its directory, "embedded" or "streams").</summary>
    public string Description { get; }

    /// <summary>The labels the tagger scores (the 18 OntoNotes types in BILOU).</summary>
    public BilouLabelSet Labels => _scorer.Labels;

    /// <summary>The longest word-piece sequence given to the encoder; longer sentences are cut into windows.</summary>
    public int MaxPieces => _scorer.MaxPieces;

    /// <summary>
    /// Perceptron weight units per nat of the tagger's log-probability in <see cref="Recognizer"/>; 0 when the tagger
    /// is decoded alone.
    /// </summary>
    public float PerceptronWeight { get; }

    /// <summary>The temperature of the tagger's softmax.</summary>
    public float Temperature { get; }

    /// <summary>The tagger's per-token scores, for combining with another model (<see cref="TokenScoreRecognizer.Combine"/>).</summary>
    public ITokenLabelScorer Scorer => _stacked;

    /// <summary>The tagger as a recognizer layer: its scores decoded alone.</summary>
    public TokenScoreRecognizer Tagger { get; }

    /// <summary>
    /// The recognizer <see cref="CreateAnalyzer"/> uses: the tagger combined with the embedded fast model when
    /// <see cref="PerceptronWeight"/> is above 0, otherwise <see cref="Tagger"/>.
    /// </summary>
    public TokenScoreRecognizer Recognizer { get; }

    /// <summary>Loads the model embedded in this package (a new ONNX Runtime session; prefer <see cref="Default"/>).</summary>
    /// <param name="options">How ONNX Runtime runs it and how it is combined; null for the defaults.</param>
    /// <exception cref="ModelFormatException">The embedded model fails its SHA-256 check or cannot be read.</exception>
    public static AccurateEnglishModel LoadEmbedded(AccurateModelOptions? options = null)
    {
        var manifest = EmbeddedModelManifest.Read(OpenResource("manifest.json"));
        byte[] model;
        using (var stream = OpenResource(ModelFileName))
        using (var buffer = new MemoryStream((int)stream.Length))
        {
            stream.CopyTo(buffer);
            model = buffer.ToArray();
        }

        manifest.Check(model, ResourcePrefix + ModelFileName);
        using var vocabulary = OpenResource(VocabularyFileName);
        using var labels = OpenResource(LabelsFileName);
        using var settings = OpenResource(SettingsFileName);
        return Load(model, vocabulary, labels, settings, options, "embedded",
            new SourceNames(ResourcePrefix + ModelFileName, ResourcePrefix + VocabularyFileName, ResourcePrefix + LabelsFileName, ResourcePrefix + SettingsFileName));
    }

    /// <summary>Loads a model directory written by <c>ekencoder.export_onnx</c> (plus the encoder's vocab.txt).</summary>
    /// <param name="directory">The directory holding model.onnx, vocab.txt, labels.txt and tagger.json.</param>
    /// <param name="options">How ONNX Runtime runs it and how it is combined; null for the defaults.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">One of the four files is missing; the message names it.</exception>
    /// <exception cref="ModelFormatException">A file is corrupt; the message names it and says what is wrong.</exception>
    public static AccurateEnglishModel Load(string directory, AccurateModelOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Accurate model directory '{directory}' does not exist.");
        }

        string PathOf(string name)
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"'{path}' does not exist: an accurate model directory holds {ModelFileName}, {VocabularyFileName}, {LabelsFileName} and {SettingsFileName}.", path);
        }

        var modelPath = PathOf(ModelFileName);
        var vocabularyPath = PathOf(VocabularyFileName);
        var labelsPath = PathOf(LabelsFileName);
        var settingsPath = PathOf(SettingsFileName);
        using var vocabulary = File.OpenRead(vocabularyPath);
        using var labels = File.OpenRead(labelsPath);
        using var settings = File.OpenRead(settingsPath);
        return Load(File.ReadAllBytes(modelPath), vocabulary, labels, settings, options, directory,
            new SourceNames(modelPath, vocabularyPath, labelsPath, settingsPath));
    }

    /// <summary>Loads a model from its four parts (embedded resources, say).</summary>
    /// <param name="model">The ONNX model (model.onnx).</param>
    /// <param name="vocabulary">The word-piece vocabulary (vocab.txt).</param>
    /// <param name="labels">The labels in the logits' order (labels.txt).</param>
    /// <param name="settings">The tagger's settings (tagger.json).</param>
    /// <param name="options">How ONNX Runtime runs it and how it is combined; null for the defaults.</param>
    /// <exception cref="ModelFormatException">A part is corrupt; the message names it and says what is wrong.</exception>
    public static AccurateEnglishModel Load(Stream model, Stream vocabulary, Stream labels, Stream settings, AccurateModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var buffer = new MemoryStream();
        model.CopyTo(buffer);
        return Load(buffer.ToArray(), vocabulary, labels, settings, options, "streams",
            new SourceNames(ModelFileName, VocabularyFileName, LabelsFileName, SettingsFileName));
    }

    /// <summary>An analyzer with the English pipeline around this model (see <see cref="EnglishArticleAnalyzer"/>).</summary>
    /// <param name="options">Analyzer options; null for the defaults.</param>
    public ArticleAnalyzer CreateAnalyzer(AnalyzerOptions? options = null) => CreateBuilder(options).Build();

    /// <summary>A builder preloaded with the English pipeline around this model, for further layers.</summary>
    /// <param name="options">Analyzer options; null for the defaults.</param>
    public ArticleAnalyzerBuilder CreateBuilder(AnalyzerOptions? options = null) =>
        EnglishArticleAnalyzer.CreateBuilder(Recognizer, options);

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose() => _scorer.Dispose();

    private static AccurateEnglishModel Load(
        byte[] model, Stream vocabularyStream, Stream labelsStream, Stream settingsStream, AccurateModelOptions? options, string description, SourceNames names)
    {
        ArgumentNullException.ThrowIfNull(vocabularyStream);
        ArgumentNullException.ThrowIfNull(labelsStream);
        ArgumentNullException.ThrowIfNull(settingsStream);
        options ??= new AccurateModelOptions();
        var vocabulary = WordPieceVocabulary.Read(vocabularyStream, names.Vocabulary);
        var labels = ReadLabels(labelsStream, names.Labels);
        var settings = TaggerSettings.Read(settingsStream, names.Settings);
        if (settings.Stacking is { } stacking && stacking.Bias.Length != labels.Count)
        {
            throw new ModelFormatException(
                $"'{names.Settings}': \"stacking\" is {stacking.Bias.Length} × {stacking.Bias.Length}; the model has {labels.Count} labels.");
        }

        var session = OpenSession(model, options, names.Model);
        try
        {
            CheckInterface(session, labels, names.Model);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        try
        {
            return new AccurateEnglishModel(new OnnxTokenScorer(session, vocabulary, labels, settings.MaxPieces, settings.PackSentences), description, settings, options);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static BilouLabelSet ReadLabels(Stream stream, string name)
    {
        var expected = BilouLabelSet.OntoNotes;
        using var reader = new StreamReader(stream);
        for (var label = 0; label < expected.Count; label++)
        {
            var line = reader.ReadLine();
            if (line != expected.NameOf(label))
            {
                throw new ModelFormatException(
                    $"'{name}' line {label + 1}: expected '{expected.NameOf(label)}', found {(line is null ? "the end of the file" : $"'{line}'")}; the labels must be the {expected.Count} BILOU labels of the 18 OntoNotes types in EntityKit's order.");
            }
        }

        var extra = reader.ReadLine();
        if (!string.IsNullOrEmpty(extra))
        {
            throw new ModelFormatException($"'{name}' line {expected.Count + 1}: expected the end of the file after {expected.Count} labels, found '{extra}'.");
        }

        return expected;
    }

    private static InferenceSession OpenSession(byte[] model, AccurateModelOptions options, string name)
    {
        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.ThreadsPerCall,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        try
        {
            return new InferenceSession(model, sessionOptions);
        }
        catch (OnnxRuntimeException exception)
        {
            throw new ModelFormatException($"'{name}': not a valid ONNX model ({model.Length:N0} bytes): {exception.Message}", exception);
        }
    }

    private static void CheckInterface(InferenceSession session, BilouLabelSet labels, string name)
    {
        foreach (var input in new[] { "input_ids", "attention_mask", "case_ids" })
        {
            if (!session.InputMetadata.TryGetValue(input, out var metadata) || metadata.ElementType != typeof(long))
            {
                throw new ModelFormatException($"'{name}': the model has no int64 input '{input}' (inputs: {string.Join(", ", session.InputMetadata.Keys)}); export it with tools/encoder's ekencoder.export_onnx.");
            }
        }

        if (!session.OutputMetadata.TryGetValue("logits", out var logits) || logits.ElementType != typeof(float)
            || logits.Dimensions.Length != 3 || logits.Dimensions[2] != labels.Count)
        {
            throw new ModelFormatException($"'{name}': the model has no float output 'logits' of shape [batch, pieces, {labels.Count}].");
        }
    }

    private static Stream OpenResource(string file) =>
        typeof(AccurateEnglishModel).Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new ModelFormatException($"The resource '{ResourcePrefix + file}' is missing from {typeof(AccurateEnglishModel).Assembly.GetName().Name}: the package was built without its model.");

    private sealed record SourceNames(string Model, string Vocabulary, string Labels, string Settings);
}
