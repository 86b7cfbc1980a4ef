using EntityKit.Recognition;

namespace EntityKit.Training;

/// <summary>What a training run works on: its labels, feature extractor and weights (fresh or continuing a model), how
/// the model is pruned and described, which type indices development scoring counts (null: all), the
/// cost added to every wrong label while training decodes (see <see cref="TrainingOptions.MarginCost"/>), the chance
/// that a feature is left out of a training pass (see <see cref="TrainingOptions.FeatureDropout"/>), and the feature-count
/// cutoff (see <see cref="TrainingOptions.MinFeatureCount"/>).</summary>
internal sealed record PerceptronRun(
    BilouLabelSet Labels,
    FeatureExtractor Extractor,
    PerceptronWeights Weights,
    float PruneThreshold,
    string Description,
    IReadOnlySet<int>? ScoredTypes,
    int MarginCost = 0,
    double FeatureDropout = 0,
    int MinFeatureCount = 1);
