using System.CommandLine;
using EntityKit.Training;

namespace EntityKit.Cli.Commands;

/// <summary>
/// The options only fine-tuning has: the base model and how the user's data is merged with it. <c>fine-tune</c> shows
/// them; <c>train</c> keeps a hidden copy for its deprecated <c>--base</c> form.
/// </summary>
internal sealed class FineTuningCommandOptions
{
    public FineTuningCommandOptions(bool baseRequired, bool hidden)
    {
        Base.Required = baseRequired;
        foreach (var option in All)
        {
            option.Hidden = hidden;
        }

        RehearseSentences.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--rehearse-sentences must be at least 0.");
            }
        });
        UpdateSize.Validators.Add(result =>
        {
            if (!(result.GetValueOrDefault<float>() > 0))
            {
                result.AddError("--update-size must be positive.");
            }
        });
    }

    public Option<string?> Base { get; } = new("--base")
    {
        Description = "The model to continue: 'english' (the embedded model) or a model file.",
        HelpName = "english|MODEL",
    };

    public Option<bool> NoBaseLabels { get; } = new("--no-base-labels")
    {
        Description = "Take the training data as complete (every O is O) instead of filling the types it does not annotate with the base model's predictions.",
    };

    public Option<string?> Rehearse { get; } = new("--rehearse")
    {
        Description = "Extra data of the base types (such as the base model's training corpus) mixed into every epoch.",
        HelpName = "FILE.bio",
    };

    public Option<int> RehearseSentences { get; } = new("--rehearse-sentences")
    {
        Description = "At most this many sentences of --rehearse data (whole documents, sampled with --seed).",
        DefaultValueFactory = _ => new FineTuningOptions().RehearsalSentences,
        HelpName = "N",
    };

    public Option<float> UpdateSize { get; } = new("--update-size")
    {
        Description = "How far one perceptron update moves a weight (1 = as in training from scratch; smaller nudges the base model less).",
        DefaultValueFactory = _ => new FineTuningOptions().UpdateSize,
        HelpName = "W",
    };

    public Option<string?> BaseDev { get; } = new("--base-dev")
    {
        Description = "A BIO corpus of the base types (e.g. OntoNotes dev) scored in raw mode before and after, to show what was forgotten.",
        HelpName = "FILE.bio",
    };

    /// <summary>The options, in the order <c>--help</c> lists them.</summary>
    public IEnumerable<Option> All => [Base, NoBaseLabels, Rehearse, RehearseSentences, UpdateSize, BaseDev];

    /// <summary>The options that mean nothing without a base model.</summary>
    public IEnumerable<Option> AllButBase => All.Skip(1);
}
