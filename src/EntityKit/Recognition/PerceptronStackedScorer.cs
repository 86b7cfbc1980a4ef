using System.Buffers;

namespace EntityKit.Recognition;

/// <summary>
/// A tagger stacked on the perceptron (issue 15, "(a) stacking"): the inner scorer's logits plus
/// <c>P·f(s) + b</c> per token, where <c>s</c> are the perceptron's max-marginal scores of the token
/// (<see cref="NerModel.ScoreDocument"/>), <c>f(s) = max(s, floor) / unit</c>, and <c>P</c>, <c>b</c> the stacked
/// tagger's learnt linear layer (tools/encoder, <c>train.py --perceptron-scores</c>). Immutable and thread-safe.
/// </summary>
internal sealed class PerceptronStackedScorer : ITokenLabelScorer
{
    private readonly ITokenLabelScorer _inner;
    private readonly NerModel _perceptron;
    private readonly float[] _weight;
    private readonly float[] _bias;
    private readonly float _unit;
    private readonly float _floor;

    /// <summary>Stacks <paramref name="inner"/> on <paramref name="perceptron"/>.</summary>
    /// <param name="inner">The tagger's own scores (the encoder and head).</param>
    /// <param name="perceptron">The perceptron whose max-marginals are the extra inputs.</param>
    /// <param name="weight">P, <c>labels × labels</c>, row-major <c>[output label × input label]</c>.</param>
    /// <param name="bias">b, one per label.</param>
    /// <param name="unit">Divides the clamped scores.</param>
    /// <param name="floor">The lowest score kept (weight units, negative).</param>
    public PerceptronStackedScorer(ITokenLabelScorer inner, NerModel perceptron, float[] weight, float[] bias, float unit, float floor)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(perceptron);
        var l = inner.Labels.Count;
        if (!perceptron.Labels.Types.SequenceEqual(inner.Labels.Types))
        {
            throw new ArgumentException("The perceptron's labels differ from the tagger's.", nameof(perceptron));
        }

        if (weight.Length != l * l || bias.Length != l)
        {
            throw new ArgumentException($"The stacking layer must be {l} × {l} with {l} biases.", nameof(weight));
        }

        if (!(unit > 0) || !(floor < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), "The unit must be positive and the floor negative.");
        }

        _inner = inner;
        _perceptron = perceptron;
        _weight = weight;
        _bias = bias;
        _unit = unit;
        _floor = floor;
    }

    /// <inheritdoc/>
    public BilouLabelSet Labels => _inner.Labels;

    /// <inheritdoc/>
    public void ScoreTokens(
        ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<Sentence> sentences, Span<float> scores,
        CancellationToken cancellationToken)
    {
        _inner.ScoreTokens(text, tokens, sentences, scores, cancellationToken);
        var l = Labels.Count;
        var size = tokens.Length * l;
        if (size == 0)
        {
            return;
        }

        var rented = ArrayPool<float>.Shared.Rent(size + l);
        try
        {
            var marginals = rented.AsSpan(0, size);
            var features = rented.AsSpan(size, l);
            _perceptron.ScoreDocument(text, tokens, sentences, marginals);
            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var s = marginals.Slice(t * l, l);
                    for (var i = 0; i < l; i++)
                    {
                        features[i] = Math.Max(s[i], _floor) / _unit;
                    }

                    var row = scores.Slice(t * l, l);
                    for (var y = 0; y < l; y++)
                    {
                        var sum = _bias[y];
                        var w = _weight.AsSpan(y * l, l);
                        for (var i = 0; i < l; i++)
                        {
                            sum += w[i] * features[i];
                        }

                        row[y] += sum;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
