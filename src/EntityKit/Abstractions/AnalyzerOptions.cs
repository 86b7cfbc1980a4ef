namespace EntityKit;

/// <summary>Options of an <see cref="ArticleAnalyzer"/>.</summary>
/// <remarks>Immutable once built.</remarks>
public sealed record AnalyzerOptions
{
    /// <summary>The default maximum article length: 10,000,000 UTF-16 code units (about 20 MB of text).</summary>
    public const int DefaultMaxArticleLength = 10_000_000;

    private readonly int _maxArticleLength = DefaultMaxArticleLength;
    private readonly double _minimumConfidence;

    /// <summary>The options used when none are given.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Longest article text accepted, in UTF-16 code units; longer ones fail with
    /// <see cref="ArticleTooLongException"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxArticleLength
    {
        get => _maxArticleLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxArticleLength = value;
        }
    }

    /// <summary>
    /// When true (the default), site chrome in the text (addresses, "Live updates" links, language switchers…) is
    /// found before recognition, reported as <see cref="ArticleAnalysis.Boilerplate"/>, and no mention is taken from
    /// it. Tokens and sentences are unaffected.
    /// </summary>
    public bool DetectBoilerplate { get; init; } = true;

    /// <summary>
    /// When true (the default), the analyzer makes types consistent across an article before building entities: the
    /// mentions of one name (with its short forms and acronyms) take the type most of them have, weighted by
    /// confidence, unless the mentions strongly disagree. See <see cref="Resolution.DocumentTypeConsistency"/>.
    /// </summary>
    public bool EnforceTypeConsistency { get; init; } = true;

    /// <summary>
    /// When true (the default), titles and honorifics at the start of a PERSON mention are left out of it, as
    /// OntoNotes annotates persons: "Maj Gen Yahya Rasool" gives the mention "Yahya Rasool" (the entity still records
    /// the title as a role).
    /// </summary>
    public bool TrimPersonTitles { get; init; } = true;

    /// <summary>
    /// When true (the default), DATE and TIME mentions get a TIMEX3-like <see cref="EntityMention.Value"/> resolved
    /// against <see cref="Article.Published"/> (without it only absolute expressions resolve), and MONEY, PERCENT,
    /// QUANTITY, CARDINAL and ORDINAL mentions a number with its currency or unit. Only those short mentions are
    /// read, so the cost does not grow with the article's token count. See docs/RESOLUTION.md.
    /// </summary>
    public bool ResolveValues { get; init; } = true;

    /// <summary>
    /// Mentions whose <see cref="EntityMention.Confidence"/> is below this are left out (after type consistency, before
    /// entities are built). 0, the default, keeps every mention; raise it to trade recall for precision.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1].</exception>
    public double MinimumConfidence
    {
        get => _minimumConfidence;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
            _minimumConfidence = value;
        }
    }
}
