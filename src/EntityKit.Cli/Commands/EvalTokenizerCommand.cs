using System.CommandLine;
using System.Globalization;
using EntityKit.Corpora;
using EntityKit.Evaluation.Tokenization;
using EntityKit.Text;

namespace EntityKit.Cli.Commands;

/// <summary>
/// <c>entitykit eval-tokenizer --gold FILE.bio</c>: measures the English tokenizer and sentence splitter against a
/// gold BIO corpus (token-span agreement, sentence-boundary P/R/F1) and lists the most frequent disagreements.
/// </summary>
internal sealed class EvalTokenizerCommand : ICliCommand
{
    private readonly Option<string> _gold = new("--gold")
    {
        Description = "The gold corpus: TOKEN<TAB>TAG per line, blank lines between sentences, -DOCSTART- between documents.",
        HelpName = "FILE.bio",
        Required = true,
    };

    private readonly Option<int> _errors = new("--errors")
    {
        Description = "How many of the most frequent token disagreements to list; 0 lists no errors at all (not even sentence-boundary samples).",
        DefaultValueFactory = _ => 20,
        HelpName = "N",
    };

    public EvalTokenizerCommand()
    {
        _errors.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--errors must not be negative.");
            }
        });
    }

    public Command Create(CliContext context)
    {
        var command = new Command("eval-tokenizer", "Measure the tokenizer and sentence splitter against a gold BIO corpus.")
        {
            _gold, _errors,
        };
        command.SetAction(parseResult => Run(parseResult, context));
        return command;
    }

    private int Run(ParseResult parseResult, CliContext context)
    {
        var goldPath = parseResult.GetRequiredValue(_gold);
        if (!File.Exists(goldPath))
        {
            throw new CliUsageException($"'{goldPath}' does not exist.");
        }

        TokenizerEvaluationResult result;
        try
        {
            result = TokenizerEvaluator.Evaluate(
                BioReader.ReadFile(goldPath), new EnglishTokenizer(), new SentenceSplitter(), parseResult.GetValue(_errors));
        }
        catch (BioFormatException exception)
        {
            throw new CliUsageException(exception.Message, exception);
        }

        Print(result, goldPath, context.Out, listErrors: parseResult.GetValue(_errors) > 0);
        return ExitCodes.Success;
    }

    private static string Percent(double ratio) => (ratio * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static void Print(TokenizerEvaluationResult r, string goldPath, TextWriter output, bool listErrors)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Gold: {goldPath} ({r.Documents:N0} documents, {r.Sentences:N0} sentences, {r.GoldTokens:N0} tokens)"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Tokens     agreement {Percent(r.TokenAgreement)} ({r.MatchedTokens:N0} of {r.GoldTokens:N0} gold tokens reproduced exactly)"));
        output.WriteLine(string.Create(c, $"           precision {Percent(r.TokenPrecision)} ({r.MatchedTokens:N0} of {r.PredictedTokens:N0} predicted tokens are gold tokens)"));
        output.WriteLine(string.Create(c, $"Sentences  P {Percent(r.SentencePrecision)}  R {Percent(r.SentenceRecall)}  F1 {Percent(r.SentenceF1)} (boundaries: {r.GoldBoundaries:N0} gold, {r.PredictedBoundaries:N0} predicted, {r.MatchedBoundaries:N0} matched; document ends not counted)"));

        if (!r.TopDisagreements.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Most frequent token disagreements (gold => predicted):");
            var countWidth = r.TopDisagreements.Max(d => d.Count.ToString(c).Length);
            var goldWidth = Math.Min(40, r.TopDisagreements.Max(d => d.Gold.Length));
            foreach (var d in r.TopDisagreements)
            {
                output.WriteLine($"  {d.Count.ToString(c).PadLeft(countWidth)}  {d.Gold.PadRight(goldWidth)}  =>  {d.Predicted}");
            }
        }

        if (listErrors && !r.SentenceErrors.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Sentence boundary errors (- missed, + spurious; ‖ marks the boundary, ¶ a line break):");
            foreach (var error in r.SentenceErrors)
            {
                output.WriteLine($"  {error}");
            }
        }
    }
}
