namespace EntityKit.Recognition;

/// <summary>
/// Turns a mention's score margin (in weight units) into a confidence: the logistic function of
/// <c>Slope × margin + Bias</c> (Platt scaling), fitted on development data so that, over many mentions, a
/// confidence of 0.9 is right about nine times in ten.
/// </summary>
/// <remarks>An immutable value type. The default value maps every margin to 0.5.</remarks>
/// <param name="Slope">Weight of the margin; positive for a useful model.</param>
/// <param name="Bias">The log-odds of a mention with margin 0 being right.</param>
internal readonly record struct ConfidenceModel(float Slope, float Bias)
{
    /// <summary>The model used when nothing was fitted: the logistic of the raw margin.</summary>
    public static ConfidenceModel Unfitted { get; } = new(1f, 0f);

    /// <summary>The confidence, in [0, 1], of a mention with the given margin.</summary>
    public float Compute(float margin) => 1f / (1f + MathF.Exp(-((Slope * margin) + Bias)));

    /// <summary>True when both parameters are finite numbers.</summary>
    public bool IsValid => float.IsFinite(Slope) && float.IsFinite(Bias);
}
