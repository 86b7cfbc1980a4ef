using System.Text.Json;
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

    private readonly OnnxTokenScorer _scorer;

    private AccurateEnglishModel(OnnxTokenScorer scorer, string description)
    {
        _scorer = scorer;
        Description = description;
        Recognizer = new TokenScoreRecognizer(scorer);
    }

    /// <summary>Where the model came from (its directory or "streams").</summary>
    public string Description { get; }

    /// <summary>The labels the tagger scores (the 18 OntoNotes types in BILOU).</summary>
    public BilouLabelSet Labels => _scorer.Labels;

    /// <summary>The longest word-piece sequence given to the encoder; longer sentences are cut into windows.</summary>
    public int MaxPieces => _scorer.MaxPieces;

    /// <summary>The tagger's per-token scores, for combining with another model (<see cref="TokenScoreRecognizer.Combine"/>).</summary>
    public ITokenLabelScorer Scorer => _scorer;

    /// <summary>The tagger as a recognizer layer: its scores decoded alone.</summary>
    public TokenScoreRecognizer Recognizer { get; }

    /// <summary>Loads a model directory written by <c>ekencoder.export_onnx</c> (plus the encoder's vocab.txt).</summary>
    /// <param name="directory">The directory holding model.onnx, vocab.txt, labels.txt and tagger.json.</param>
    /// <param name="options">How ONNX Runtime runs it; null for one thread per call.</param>
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
    /// <param name="options">How ONNX Runtime runs it; null for one thread per call.</param>
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
        var maxPieces = ReadMaxPieces(settingsStream, names.Settings);
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

        return new AccurateEnglishModel(new OnnxTokenScorer(session, vocabulary, labels, maxPieces), description);
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

    private static int ReadMaxPieces(Stream stream, string name)
    {
        try
        {
            using var settings = JsonDocument.Parse(stream);
            if (settings.RootElement.ValueKind != JsonValueKind.Object
                || !settings.RootElement.TryGetProperty("max_pieces", out var value)
                || !value.TryGetInt32(out var maxPieces))
            {
                throw new ModelFormatException($"'{name}': no integer \"max_pieces\" (the word-piece budget the tagger was trained with).");
            }

            return maxPieces is >= 3 and <= 4096
                ? maxPieces
                : throw new ModelFormatException($"'{name}': \"max_pieces\" is {maxPieces}; it must be between 3 and 4096.");
        }
        catch (JsonException exception)
        {
            throw new ModelFormatException($"'{name}': not valid JSON ({exception.Message}).", exception);
        }
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

    private sealed record SourceNames(string Model, string Vocabulary, string Labels, string Settings);
}
