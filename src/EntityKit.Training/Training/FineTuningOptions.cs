namespace EntityKit.Training;

/// <summary>Settings of <see cref="ModelFineTuner"/>: continuing a trained model on a user's annotated data.</summary>
/// <remarks>Immutable.</remarks>
public sealed record FineTuningOptions
{
    /// <summary>Passes over the user's training data (and the rehearsal sample).</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Seed of the shuffle and of the rehearsal sample; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged emission weights with a smaller magnitude are dropped, as in <see cref="TrainingOptions.PruneThreshold"/>.</summary>
    public float PruneThreshold { get; init; } = 1.0f;

    /// <summary>
    /// Merge the base model's own labels into the user's data (the default): in each training sentence, tokens the user
    /// left O receive the base model's predicted mentions of the types the user's data never annotates. The user's file
    /// is authoritative for the types it contains and silent about the others, so its O does not teach the model that
    /// a company or a date is "nothing". Off: the user's data is taken as complete, every O is O.
    /// </summary>
    public bool UseBaseLabels { get; init; } = true;

    /// <summary>
    /// How far one perceptron update moves a weight, in weight units (training from scratch uses 1). Smaller values
    /// nudge the base model less but need more examples: teaching the shipped English model a TICKER type from 200
    /// sentences cost 0.44 / 0.63 / 1.09 OntoNotes dev F1 with 0.25 / 0.5 / 1, and from 11 sentences only 0.5 and 1
    /// learnt it in 5 epochs (docs/CUSTOMIZE.md). The default is 0.5.
    /// </summary>
    public float UpdateSize { get; init; } = 0.5f;

    /// <summary>
    /// Cost-augmented training while fine-tuning, in weight units (see <see cref="TrainingOptions.MarginCost"/>): the
    /// user's labels must win by this margin, so a few examples keep teaching until the new labels clearly beat what
    /// the base model predicted there. The default, 60, is what the shipped English model was trained with.
    /// </summary>
    public int MarginCost { get; init; } = 60;

    /// <summary>At most this many sentences of rehearsal data (whole documents, sampled with <see cref="Seed"/>) are mixed
    /// into the user's training data each epoch.</summary>
    public int RehearsalSentences { get; init; } = 2000;

    /// <summary>The confidence calibration is refitted on the user's development data only when the fine-tuned model
    /// predicts at least this many mentions of the annotated types there; otherwise the base model's is kept.</summary>
    public int MinCalibrationMentions { get; init; } = 20;

    /// <summary>A note stored in the model (data, command line).</summary>
    public string Description { get; init; } = string.Empty;
}
