using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>What a training run works on: its labels, feature extractor and weights (fresh or continuing a model), how
/// the model is pruned and described, which type indices development scoring counts (null: all), and the share of
/// training documents that record no prediction history (see <see cref="TrainingOptions.HistoryDropout"/>).</summary>
internal sealed record PerceptronRun(
    BilouLabelSet Labels,
    FeatureExtractor Extractor,
    PerceptronWeights Weights,
    float PruneThreshold,
    string Description,
    IReadOnlySet<int>? ScoredTypes,
    double HistoryDropout = 0);
