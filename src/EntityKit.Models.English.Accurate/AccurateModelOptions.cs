namespace EntityKit.Models.English.Accurate;

/// <summary>How the accurate model runs and how it is combined with the fast model.</summary>
public sealed record AccurateModelOptions
{
    /// <summary>
    /// Threads ONNX Runtime uses inside one call (default 1: the analyzer already runs articles in parallel, one per
    /// core; raise it to speed up a single article on an otherwise idle machine).
    /// </summary>
    public int ThreadsPerCall { get; init; } = 1;

    /// <summary>
    /// Perceptron weight units per nat of the tagger's log-probability when the tagger is combined with the embedded
    /// fast model (<see cref="EntityKit.Recognition.TokenScoreRecognizer.Combine"/>); 0 decodes the tagger alone.
    /// Default null: the model's own setting (its <c>tagger.json</c> "combination"; the embedded model's is 100), or the
    /// tagger alone when the model has none.
    /// </summary>
    public float? PerceptronWeight { get; init; }

    /// <summary>
    /// The temperature of the tagger's softmax (greater than 0). Default null: the model's own setting, or 1.
    /// </summary>
    public float? Temperature { get; init; }
}
