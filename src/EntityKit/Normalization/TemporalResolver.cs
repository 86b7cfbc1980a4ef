using EntityKit.Normalization.Time;

namespace EntityKit.Normalization;

/// <summary>
/// Resolves DATE and TIME mention texts to TIMEX3-like values against a reference date (an article's publication
/// date): "Wednesday" is 2024-01-24, "early October" is 2023-10 with START, "two weeks ago" is 2024-W02,
/// "12.15am on Wednesday" is 2024-01-24T00:15, "the 1990s" is 199, "years" is PXY. Without a reference date only
/// absolute expressions resolve (explicit dates and years, decades, durations, clock times).
/// </summary>
/// <remarks>Stateless and thread-safe; runs only on the short text of one mention.</remarks>
public static class TemporalResolver
{
    /// <summary>Resolves the text of a DATE or TIME mention; null when the text holds no expression this resolver
    /// reads, or only a relative one and there is no reference date.</summary>
    /// <param name="text">The mention's text.</param>
    /// <param name="reference">The date relative expressions are resolved against, or null.</param>
    public static MentionValue? Resolve(string text, DateOnly? reference) => Resolve(text, reference, new List<ValueToken>(8));

    /// <summary>As <see cref="Resolve(string, DateOnly?)"/>, tokenizing into a list the caller reuses.</summary>
    internal static MentionValue? Resolve(string text, DateOnly? reference, List<ValueToken> scratch)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ValueTokenizer.Tokenize(text, scratch);
        if (tokens.Count == 0)
        {
            return null;
        }

        return TemporalComposer.Compose(TemporalSlotReader.Read(tokens), reference);
    }
}
