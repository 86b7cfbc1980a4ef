using System.Buffers;

namespace EntityKit.Recognition;

/// <summary>
/// A recognizer layer over another model's per-token label scores (<see cref="ITokenLabelScorer"/>): each token's
/// scores become log-probabilities (a softmax at <see cref="Temperature"/>) and are decoded per sentence with the
/// core's constrained BILOU Viterbi — alone (no transition scores, only valid BILOU moves), or, with
/// <see cref="Combine"/>, added to a <see cref="NerModel"/>'s own emission scores and decoded with its transitions
/// (a log-linear mix of the two models).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Alone, a mention's confidence is the smallest probability the scorer gave its chosen
/// label on the mention's tokens; combined, it is the perceptron's calibrated confidence of the combined margin.
/// </remarks>
public sealed class TokenScoreRecognizer : IMentionRecognizer
{
    /// <summary>Quantisation of log-probabilities when the scores are decoded alone: units per nat.</summary>
    private const float UnitsPerNat = 4096f;

    /// <summary>The lowest log-probability kept, so that quantised sums stay far from the decoder's limits.</summary>
    private const float LowestLogProbability = -1000f;

    private readonly ITokenLabelScorer _scorer;
    private readonly ConstrainedViterbi _viterbi;
    private readonly int[] _preparedTransitions;

    /// <summary>Creates a recognizer that decodes <paramref name="scorer"/>'s scores alone.</summary>
    /// <param name="scorer">The per-token scores.</param>
    /// <param name="temperature">Divides the scores before the softmax (1: as the scorer gives them).</param>
    public TokenScoreRecognizer(ITokenLabelScorer scorer, float temperature = 1f)
        : this(scorer, temperature, null, 0f)
    {
    }

    private TokenScoreRecognizer(ITokenLabelScorer scorer, float temperature, NerModel? model, float weight)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        if (!(temperature > 0) || float.IsInfinity(temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be a positive number.");
        }

        if (model is not null && !model.Labels.Types.SequenceEqual(scorer.Labels.Types))
        {
            throw new ArgumentException("The scorer's labels differ from the model's.", nameof(model));
        }

        _scorer = scorer;
        Temperature = temperature;
        Model = model;
        ModelWeight = weight;
        _viterbi = new ConstrainedViterbi(scorer.Labels);
        _preparedTransitions = new int[_viterbi.PreparedSize];
        _viterbi.PrepareTransitions(new int[scorer.Labels.Count * scorer.Labels.Count], _preparedTransitions);
    }

    /// <inheritdoc/>
    public string Name => "model";

    /// <inheritdoc/>
    public MentionSource Source => MentionSource.Model;

    /// <summary>The labels decoded.</summary>
    public BilouLabelSet Labels => _scorer.Labels;

    /// <summary>Divides the scores before the softmax.</summary>
    public float Temperature { get; }

    /// <summary>The perceptron the scores are combined with, or null when they are decoded alone.</summary>
    public NerModel? Model { get; }

    /// <summary>With <see cref="Model"/>: the perceptron weight units one nat of log-probability is worth.</summary>
    public float ModelWeight { get; }

    /// <summary>
    /// A recognizer that adds <c>weight × log p(label)</c> (p: the scorer's softmax at <paramref name="temperature"/>)
    /// to <paramref name="model"/>'s emission scores (in its weight units) and decodes with the model's transitions.
    /// </summary>
    /// <param name="scorer">The per-token scores.</param>
    /// <param name="model">The perceptron; its labels must be the scorer's.</param>
    /// <param name="weight">Perceptron weight units per nat of the scorer's log-probability (greater than 0).</param>
    /// <param name="temperature">Divides the scores before the softmax.</param>
    public static TokenScoreRecognizer Combine(ITokenLabelScorer scorer, NerModel model, float weight, float temperature = 1f)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!(weight > 0) || float.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The weight must be a positive number.");
        }

        return new TokenScoreRecognizer(scorer, temperature, model, weight);
    }

    /// <inheritdoc/>
    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var l = Labels.Count;
        var size = input.Tokens.Length * l;
        if (size == 0)
        {
            return;
        }

        var logits = ArrayPool<float>.Shared.Rent(size);
        var units = ArrayPool<int>.Shared.Rent(size);
        try
        {
            var scores = logits.AsSpan(0, size);
            _scorer.ScoreTokens(input.Text, input.Tokens, input.Sentences, scores, cancellationToken);
            var unitsPerNat = Model is null ? UnitsPerNat : ModelWeight / Model.Scale;
            foreach (var sentence in input.Sentences)
            {
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var row = scores.Slice(t * l, l);
                    LogSoftmax(row, Temperature);
                    Quantise(row, unitsPerNat, units.AsSpan(t * l, l));
                }
            }

            if (Model is null)
            {
                Decode(input, scores, units.AsSpan(0, size), mentions, cancellationToken);
            }
            else
            {
                Model.RecognizeCore(input, units.AsSpan(0, size), mentions, null, cancellationToken);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(logits);
            ArrayPool<int>.Shared.Return(units);
        }
    }

    private void Decode(in RecognitionInput input, ReadOnlySpan<float> logProbabilities, ReadOnlySpan<int> units, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        var l = Labels.Count;
        var longest = 0;
        foreach (var sentence in input.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        var backPointers = ArrayPool<byte>.Shared.Rent(longest * l);
        var delta = ArrayPool<int>.Shared.Rent(2 * _viterbi.Stride);
        var labels = ArrayPool<int>.Shared.Rent(longest);
        try
        {
            foreach (var sentence in input.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var length = sentence.TokenCount;
                var decoded = labels.AsSpan(0, length);
                _viterbi.Decode(units.Slice(sentence.FirstToken * l, length * l), _preparedTransitions, length, backPointers, delta, decoded);
                AddMentions(sentence, decoded, logProbabilities, mentions);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(backPointers);
            ArrayPool<int>.Shared.Return(delta);
            ArrayPool<int>.Shared.Return(labels);
        }
    }

    private void AddMentions(Sentence sentence, ReadOnlySpan<int> labels, ReadOnlySpan<float> logProbabilities, List<RecognizedSpan> mentions)
    {
        var l = Labels.Count;
        foreach (var (start, end) in new BilouSpans(labels))
        {
            var lowest = 0f;
            for (var u = start; u < end; u++)
            {
                lowest = Math.Min(lowest, logProbabilities[(sentence.FirstToken + u) * l + labels[u]]);
            }

            var type = Labels.Types[BilouLabelSet.TypeIndexOf(labels[end - 1])];
            mentions.Add(new RecognizedSpan(sentence.FirstToken + start, end - start, type, MathF.Exp(lowest)));
        }
    }

    /// <summary>Turns a row of logits into log-probabilities, in place.</summary>
    private static void LogSoftmax(Span<float> row, float temperature)
    {
        var max = float.NegativeInfinity;
        foreach (var value in row)
        {
            max = Math.Max(max, value / temperature);
        }

        var sum = 0.0;
        foreach (var value in row)
        {
            sum += Math.Exp(value / temperature - max);
        }

        var logSum = max + (float)Math.Log(sum);
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = Math.Max(LowestLogProbability, row[i] / temperature - logSum);
        }
    }

    private static void Quantise(ReadOnlySpan<float> logProbabilities, float unitsPerNat, Span<int> units)
    {
        for (var i = 0; i < logProbabilities.Length; i++)
        {
            units[i] = (int)MathF.Round(logProbabilities[i] * unitsPerNat);
        }
    }
}
