using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Text;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit export-tokens --gold FILE.bio --out FILE.jsonl [--model english|MODEL]</c>: writes a gold corpus as the
/// perceptron's training sees it (detokenized, then our tokenizer and sentence splitter, gold entities projected onto
/// our tokens as BILOU labels — <see cref="RawTextDocuments"/>, exactly as <c>train</c> in raw mode), one JSON line per
/// document, for training other labellers (tools/encoder) on our own tokens. With <c>--model</c> each sentence also
/// carries that perceptron's decoded labels, and with <c>--scores</c> its 73 max-marginal scores per token
/// (<see cref="NerModel.ScoreDocument"/>).
/// </summary>
internal sealed class ExportTokensCommand : ICliCommand
{
    private readonly Option<string> _gold = new("--gold")
    {
        Description = "The gold corpus (BIO).",
        HelpName = "FILE.bio",
        Required = true,
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "Where to write the JSONL: one line per document {doc, text_length, entities, sentences: [{tokens, starts, ends, labels[, model]}]}.",
        HelpName = "FILE.jsonl",
        Required = true,
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "Also write this perceptron's BILOU labels for every token ('english' for the embedded model, or a model file).",
        HelpName = "english|MODEL",
    };

    private readonly Option<bool> _scores = new("--scores")
    {
        Description = $"With --model: also write per sentence \"scores\", one row a token of the model's max-marginal score of every label (weight units, 3 decimals; 0 for the decoded label, at most 0 for the others; labels no valid path reaches, and anything lower, as {ImpossibleScore}).",
    };

    /// <summary>What a label no valid BILOU path reaches scores in the export (JSON has no infinity).</summary>
    internal const float ImpossibleScore = -10000;

    public Command Create(CliContext context)
    {
        var command = new Command("export-tokens", "Write a BIO corpus as our tokens with projected BILOU gold labels (JSONL), for training the encoder tier.")
        {
            _gold, _out, _model, _scores,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, context, cancellationToken)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context, CancellationToken cancellationToken)
    {
        var goldPath = parseResult.GetRequiredValue(_gold);
        if (!File.Exists(goldPath))
        {
            throw new CliUsageException($"'{goldPath}' does not exist.");
        }

        var model = parseResult.GetValue(_model) is { } modelName ? ModelArgument.Load(modelName) : null;
        var labels = BilouLabelSet.OntoNotes;
        if (model is not null && !model.Labels.Types.SequenceEqual(labels.Types))
        {
            throw new CliUsageException($"--model: the model's types ({string.Join(", ", model.Types.Select(t => t.Name))}) are not the 18 OntoNotes types in their order.");
        }

        var withScores = parseResult.GetValue(_scores);
        if (withScores && model is null)
        {
            throw new CliUsageException("--scores needs --model (whose scores to write).");
        }

        var outPath = parseResult.GetRequiredValue(_out);
        if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var preparer = new RawTextDocuments(new EnglishTokenizer(), new SentenceSplitter(), labels);
        var detokenizer = new BioDetokenizer();
        var (documents, tokens, sentences) = (0, 0L, 0);
        using (var stream = File.Create(outPath))
        {
            try
            {
                foreach (var gold in BioReader.ReadFile(goldPath))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var document = preparer.Create(gold);
                    var entities = detokenizer.Detokenize(gold).Entities;
                    var predicted = model is null ? null : new int[document.TokenCount];
                    var scores = withScores ? new float[document.TokenCount * labels.Count] : null;
                    model?.DecodeDocument(document.Text, document.Tokens, document.Sentences, predicted, scores);
                    WriteDocument(stream, documents, document, entities, predicted, scores, labels);
                    documents++;
                    tokens += document.TokenCount;
                    sentences += document.Sentences.Length;
                }
            }
            catch (BioFormatException exception)
            {
                throw new CliUsageException(exception.Message, exception);
            }
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {outPath}: {documents:N0} documents, {sentences:N0} sentences, {tokens:N0} tokens; {preparer.DroppedEntities:N0} gold entities could not be projected onto our tokens, {preparer.InexactEntities:N0} only inexactly."));
        return ExitCodes.Success;
    }

    /// <summary>
    /// One document: its index, text length, every gold entity as a character span of the detokenized text (also those
    /// that could not be projected, so that a scorer can count them as missed, as <c>eval</c> in raw mode does), and
    /// its sentences of tokens with their offsets and label names.
    /// </summary>
    private static void WriteDocument(
        Stream stream, int index, TrainingDocument document, IReadOnlyList<GoldEntity> entities, int[]? predicted, float[]? scores, BilouLabelSet labels)
    {
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteNumber("doc", index);
        json.WriteNumber("text_length", document.Text.Length);
        json.WriteStartArray("entities");
        foreach (var entity in entities)
        {
            json.WriteStartArray();
            json.WriteNumberValue(entity.Start);
            json.WriteNumberValue(entity.End);
            json.WriteStringValue(entity.Type);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            var range = new Range(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
            var tokens = document.Tokens.AsSpan(range);
            json.WriteStartObject();
            json.WriteStartArray("tokens");
            foreach (var token in tokens)
            {
                json.WriteStringValue(token.GetText(document.Text));
            }

            json.WriteEndArray();
            WriteNumbers(json, "starts", tokens, t => t.Start);
            WriteNumbers(json, "ends", tokens, t => t.End);
            WriteLabels(json, "labels", document.GoldLabels.AsSpan(range), labels);
            if (predicted is not null)
            {
                WriteLabels(json, "model", predicted.AsSpan(range), labels);
            }

            if (scores is not null)
            {
                WriteScores(json, scores.AsSpan(sentence.FirstToken * labels.Count, sentence.TokenCount * labels.Count), labels.Count);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, ReadOnlySpan<TokenInfo> tokens, Func<TokenInfo, int> value)
    {
        json.WriteStartArray(name);
        foreach (var token in tokens)
        {
            json.WriteNumberValue(value(token));
        }

        json.WriteEndArray();
    }

    private static void WriteScores(Utf8JsonWriter json, ReadOnlySpan<float> scores, int labelCount)
    {
        json.WriteStartArray("scores");
        for (var t = 0; t < scores.Length; t += labelCount)
        {
            json.WriteStartArray();
            foreach (var score in scores.Slice(t, labelCount))
            {
                json.WriteNumberValue(Math.Round((decimal)Math.Max(score, ImpossibleScore), 3));
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteLabels(Utf8JsonWriter json, string name, ReadOnlySpan<int> values, BilouLabelSet labels)
    {
        json.WriteStartArray(name);
        foreach (var label in values)
        {
            json.WriteStringValue(labels.NameOf(label));
        }

        json.WriteEndArray();
    }
}
