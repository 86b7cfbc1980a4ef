using System.Collections.Immutable;
using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>What <see cref="ModelFineTuner.FineTune"/> produced and how.</summary>
/// <param name="Model">The fine-tuned model: the base model's types first (same order), then the added types.</param>
/// <param name="AnnotatedTypes">The types the user's data annotates: authoritative in it, scored on its development data.</param>
/// <param name="AddedTypes">The types the base model did not have.</param>
/// <param name="BaseLabelMentions">Mentions of the base model merged into the user's training sentences (0 when
/// <see cref="FineTuningOptions.UseBaseLabels"/> is off).</param>
/// <param name="RehearsalSentences">Sentences of rehearsal data mixed in.</param>
/// <param name="Recalibrated">True when the confidence calibration was refitted on the user's development data; false
/// when the base model's was kept.</param>
public sealed record FineTuningResult(
    NerModel Model,
    ImmutableArray<EntityType> AnnotatedTypes,
    ImmutableArray<EntityType> AddedTypes,
    int BaseLabelMentions,
    int RehearsalSentences,
    bool Recalibrated);
