using System.CommandLine;
using System.Globalization;
using System.Text;
using EntityKit.Corpora;
using EntityKit.Text;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit convert --from jsonl|bio --to bio|jsonl --in FILE --out FILE</c>: converts annotated corpora between
/// BIO and the user JSONL format (<c>{"id", "text", "spans": [{"start", "end", "type"}]}</c> per line). JSONL → BIO
/// tokenizes with the analyzer's tokenizer and splitter (one document per line); BIO → JSONL detokenizes each
/// document into natural text with character-offset spans. Bad JSONL lines are reported on standard error and left
/// out (exit code 1); the good ones are converted.
/// </summary>
internal sealed class ConvertCommand : ICliCommand
{
    private readonly Option<string> _from = new("--from")
    {
        Description = "Format of the input.",
        HelpName = "jsonl|bio",
        Required = true,
    };

    private readonly Option<string> _to = new("--to")
    {
        Description = "Format of the output.",
        HelpName = "bio|jsonl",
        Required = true,
    };

    private readonly Option<string> _in = new("--in")
    {
        Description = "The input file.",
        HelpName = "FILE",
        Required = true,
    };

    private readonly Option<string> _out = new("--out")
    {
        Description = "The output file (replaced).",
        HelpName = "FILE",
        Required = true,
    };

    public ConvertCommand()
    {
        _from.AcceptOnlyFromAmong("jsonl", "bio");
        _to.AcceptOnlyFromAmong("jsonl", "bio");
    }

    public Command Create(CliContext context)
    {
        var command = new Command("convert", "Convert annotated corpora between BIO and JSONL (text with character-offset spans).")
        {
            _from, _to, _in, _out,
        };
        command.SetAction((parseResult, _) => Task.FromResult(Run(parseResult, context)));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context)
    {
        var from = parseResult.GetRequiredValue(_from);
        var to = parseResult.GetRequiredValue(_to);
        var inPath = parseResult.GetRequiredValue(_in);
        var outPath = parseResult.GetRequiredValue(_out);
        if (!File.Exists(inPath))
        {
            throw new CliUsageException($"'{inPath}' does not exist.");
        }

        if (Path.GetFullPath(inPath) == Path.GetFullPath(outPath))
        {
            throw new CliUsageException("--in and --out must be different files.");
        }

        var c = CultureInfo.InvariantCulture;
        var texts = 0;
        var entities = 0;
        var badLines = 0;
        var temporary = outPath + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            if (from == "jsonl")
            {
                var result = new SpanAnnotationReader(new EnglishTokenizer(), new SentenceSplitter()).ReadFile(inPath);
                foreach (var error in result.Errors)
                {
                    context.Error.WriteLine($"entitykit: {error}");
                }

                badLines = result.Errors.Select(e => e.Line).Distinct().Count();
                foreach (var text in result.Texts)
                {
                    if (to == "bio")
                    {
                        BioWriter.Write(writer, text);
                    }
                    else
                    {
                        SpanAnnotationWriter.Write(writer, text.Id, text.Text, text.Spans);
                    }

                    texts++;
                    entities += text.Spans.Length;
                }
            }
            else
            {
                var detokenizer = new BioDetokenizer();
                try
                {
                    foreach (var document in BioReader.ReadFile(inPath))
                    {
                        var detokenized = detokenizer.Detokenize(document);
                        if (to == "jsonl")
                        {
                            entities += SpanAnnotationWriter.Write(writer, $"doc-{document.Index}", detokenized);
                        }
                        else
                        {
                            WriteBio(writer, document);
                            entities += document.Sentences.Sum(s => s.GetSpans().Count);
                        }

                        texts++;
                    }
                }
                catch (BioFormatException exception)
                {
                    writer.Dispose();
                    File.Delete(temporary);
                    throw new CliUsageException(exception.Message, exception);
                }
            }
        }

        File.Move(temporary, outPath, overwrite: true);
        context.Out.WriteLine(string.Create(c,
            $"Wrote {outPath}: {texts:N0} {(to == "bio" ? "documents" : "texts")}, {entities:N0} entities{(badLines > 0 ? $"; {badLines:N0} bad lines left out" : string.Empty)}."));
        return badLines > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Success;
    }

    /// <summary>BIO to BIO: a normalising copy (one <c>-DOCSTART-</c> per document, tags as read).</summary>
    private static void WriteBio(TextWriter writer, BioDocument document)
    {
        writer.Write("-DOCSTART-\tO\n\n");
        foreach (var sentence in document.Sentences)
        {
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                writer.Write(sentence.Tokens[i]);
                writer.Write('\t');
                writer.Write(sentence.Tags[i]);
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }
}
