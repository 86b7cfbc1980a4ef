namespace EntityKit.Lexicon;

/// <summary>
/// The gazetteer phrases that cover one token, BILOU-style: for each position in a matched phrase, the union of
/// the categories of the phrases that start there (<see cref="Begin"/>), continue through it (<see cref="Inside"/>),
/// end there (<see cref="Last"/>) or are exactly that token (<see cref="Unit"/>).
/// </summary>
/// <remarks>A mutable 16-byte value type, filled by <see cref="Gazetteer.Annotate(ReadOnlySpan{char}, ReadOnlySpan{TokenInfo}, Span{GazetteerHits}, GazetteerMatchMode)"/>.</remarks>
public struct GazetteerHits
{
    /// <summary>Categories of multi-token phrases whose first token this is.</summary>
    public GazetteerCategories Begin;

    /// <summary>Categories of multi-token phrases that continue through this token (neither first nor last).</summary>
    public GazetteerCategories Inside;

    /// <summary>Categories of multi-token phrases whose last token this is.</summary>
    public GazetteerCategories Last;

    /// <summary>Categories of one-token phrases that are exactly this token.</summary>
    public GazetteerCategories Unit;

    /// <summary>True when no phrase covers the token.</summary>
    public readonly bool IsEmpty => (Begin | Inside | Last | Unit) == GazetteerCategories.None;

    /// <summary>Every category of any phrase that covers the token, whatever the position.</summary>
    public readonly GazetteerCategories Any => Begin | Inside | Last | Unit;

    /// <summary>
    /// Records one phrase hit of <paramref name="categories"/> over tokens <paramref name="first"/> to
    /// <paramref name="last"/> (inclusive, indexes into <paramref name="hits"/>): <see cref="Unit"/> for one token,
    /// else <see cref="Begin"/>, <see cref="Inside"/>… and <see cref="Last"/>. A phrase may start before or end after
    /// <paramref name="hits"/> (when only a range of a sentence is marked): only its tokens inside are marked, as they
    /// would be in the whole sentence. The one marking rule of <see cref="Gazetteer"/> and of the model's own gazetteer,
    /// so that both give the features the same meaning.
    /// </summary>
    internal static void Mark(Span<GazetteerHits> hits, int first, int last, GazetteerCategories categories)
    {
        if (first == last)
        {
            if ((uint)first < (uint)hits.Length)
            {
                hits[first].Unit |= categories;
            }

            return;
        }

        if ((uint)first < (uint)hits.Length)
        {
            hits[first].Begin |= categories;
        }

        for (var i = Math.Max(first + 1, 0); i < last && i < hits.Length; i++)
        {
            hits[i].Inside |= categories;
        }

        if ((uint)last < (uint)hits.Length)
        {
            hits[last].Last |= categories;
        }
    }

    /// <inheritdoc />
    public override readonly string ToString() =>
        IsEmpty ? "-" : $"B:{Begin} I:{Inside} L:{Last} U:{Unit}";
}
