namespace EntityKit.Training.Lexicon;

/// <summary>Dense unit-length vectors for a list of words, row-major.</summary>
/// <param name="Words">The words, most frequent first.</param>
/// <param name="Counts">The corpus frequency of each word.</param>
/// <param name="Dimensions">Floats per word.</param>
/// <param name="Values">Row-major values, <c>Words.Count × Dimensions</c>.</param>
public sealed record WordVectors(IReadOnlyList<string> Words, IReadOnlyList<long> Counts, int Dimensions, float[] Values)
{
    /// <summary>The vector of the word at <paramref name="row"/>.</summary>
    /// <param name="row">The word's index in <see cref="Words"/>.</param>
    public ReadOnlySpan<float> Row(int row) => Values.AsSpan(row * Dimensions, Dimensions);
}
