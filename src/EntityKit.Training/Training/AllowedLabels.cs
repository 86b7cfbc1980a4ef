namespace EntityKit.Training;

/// <summary>
/// The labels each token of a partially labelled document may take. Stored as a few distinct label sets and, per
/// token, the index of its set, since a partially labelled corpus uses only a handful of different sets. The sets of a
/// sentence should admit at least one valid BILOU sequence (O everywhere outside entities does).
/// </summary>
/// <remarks>Immutable after construction.</remarks>
public sealed class AllowedLabels
{
    private readonly bool[][] _sets;
    private readonly int[] _setOfToken;

    /// <summary>Creates the constraints.</summary>
    /// <param name="sets">The distinct label sets: for each, one flag per label (all of the same length), each with at least one label allowed.</param>
    /// <param name="setOfToken">For each token, the index of its set in <paramref name="sets"/>.</param>
    /// <exception cref="ArgumentException">Sets of different lengths, an empty set, or a token index out of range.</exception>
    public AllowedLabels(IReadOnlyList<bool[]> sets, int[] setOfToken)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(setOfToken);
        if (sets.Count == 0 || sets.Any(s => s.Length != sets[0].Length || !s.Contains(true)))
        {
            throw new ArgumentException("Every label set must have the same length and allow at least one label.", nameof(sets));
        }

        if (setOfToken.Any(i => (uint)i >= (uint)sets.Count))
        {
            throw new ArgumentException("A token refers to a label set that does not exist.", nameof(setOfToken));
        }

        _sets = [.. sets];
        _setOfToken = setOfToken;
        LabelCount = sets[0].Length;
    }

    /// <summary>Number of labels of the label set.</summary>
    public int LabelCount { get; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _setOfToken.Length;

    /// <summary>One flag per label: true when token <paramref name="token"/> may take it.</summary>
    /// <param name="token">The document-level token index.</param>
    public ReadOnlySpan<bool> Of(int token) => _sets[_setOfToken[token]];

    /// <summary>True when token <paramref name="token"/> may take <paramref name="label"/>.</summary>
    /// <param name="token">The document-level token index.</param>
    /// <param name="label">The label.</param>
    public bool IsAllowed(int token, int label) => _sets[_setOfToken[token]][label];
}
