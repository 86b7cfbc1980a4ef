using EntityKit.Recognition;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EntityKit.Tests.Recognition;

public class ConstrainedViterbiTests
{
    [Property(MaxTest = 300)]
    public bool Decode_AnyScores_NeverEmitsAnInvalidSequence(PositiveInt lengthSeed, int seed)
    {
        var labels = BilouLabelSet.OntoNotes;
        var length = 1 + lengthSeed.Get % 30;
        var random = new Random(seed);
        var emissions = Enumerable.Range(0, length * labels.Count).Select(_ => random.Next(-1000, 1000)).ToArray();
        var transitions = Enumerable.Range(0, labels.Count * labels.Count).Select(_ => random.Next(-1000, 1000)).ToArray();
        var result = Decode(labels, emissions, transitions, length);

        return labels.IsValidSequence(result);
    }

    [Property(MaxTest = 200)]
    public bool Decode_SmallLabelSet_FindsTheBestValidSequence(int seed)
    {
        var labels = new BilouLabelSet([EntityType.Person]);
        var random = new Random(seed);
        var length = 1 + random.Next(5);
        var emissions = Enumerable.Range(0, length * labels.Count).Select(_ => random.Next(-50, 50)).ToArray();
        var transitions = Enumerable.Range(0, labels.Count * labels.Count).Select(_ => random.Next(-50, 50)).ToArray();

        var result = Decode(labels, emissions, transitions, length);

        return Score(labels, emissions, transitions, result) == BruteForceBest(labels, emissions, transitions, length);
    }

    [Fact]
    public void Decode_EmissionsFavourAnInvalidInside_ReturnsAValidAlternative()
    {
        var labels = BilouLabelSet.OntoNotes;
        var emissions = new int[2 * labels.Count];
        emissions[BilouLabelSetTests.Index(labels, "I-PERSON")] = 100;
        emissions[labels.Count + BilouLabelSetTests.Index(labels, "I-PERSON")] = 100;

        var result = Decode(labels, emissions, new int[labels.Count * labels.Count], 2);

        Assert.True(labels.IsValidSequence(result));
    }

    private static int[] Decode(BilouLabelSet labels, int[] emissions, int[] transitions, int length)
    {
        var viterbi = new ConstrainedViterbi(labels);
        var prepared = new int[viterbi.PreparedSize];
        viterbi.PrepareTransitions(transitions, prepared);
        var result = new int[length];
        viterbi.Decode(emissions, prepared, length, new byte[length * labels.Count], new int[2 * viterbi.Stride], result);
        return result;
    }

    private static long BruteForceBest(BilouLabelSet labels, int[] emissions, int[] transitions, int length)
    {
        var best = long.MinValue;
        var sequence = new int[length];
        var total = (int)Math.Pow(labels.Count, length);
        for (var code = 0; code < total; code++)
        {
            var c = code;
            for (var t = 0; t < length; t++)
            {
                sequence[t] = c % labels.Count;
                c /= labels.Count;
            }

            if (labels.IsValidSequence(sequence))
            {
                best = Math.Max(best, Score(labels, emissions, transitions, sequence));
            }
        }

        return best;
    }

    private static long Score(BilouLabelSet labels, int[] emissions, int[] transitions, int[] sequence)
    {
        long score = transitions[sequence[0]] + transitions[sequence[^1] * labels.Count];
        for (var t = 0; t < sequence.Length; t++)
        {
            score += emissions[t * labels.Count + sequence[t]];
            if (t > 0)
            {
                score += transitions[sequence[t - 1] * labels.Count + sequence[t]];
            }
        }

        return score;
    }
}
