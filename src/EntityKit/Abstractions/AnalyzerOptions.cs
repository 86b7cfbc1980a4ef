namespace EntityKit;

/// <summary>Options of an <see cref="ArticleAnalyzer"/>.</summary>
/// <remarks>Immutable once built.</remarks>
public sealed record AnalyzerOptions
{
    /// <summary>The default maximum article length: 10,000,000 UTF-16 code units (about 20 MB of text).</summary>
    public const int DefaultMaxArticleLength = 10_000_000;

    private readonly int _maxArticleLength = DefaultMaxArticleLength;
    private readonly double _minimumConfidence;
    private readonly MentionEdgeConvention _mentionEdges = MentionEdgeConvention.Reader;
    private readonly string? _language;

    /// <summary>The options used when none are given.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Longest article text accepted, in UTF-16 code units; longer ones fail with
    /// <see cref="ArticleTooLongException"/>. Default <see cref="DefaultMaxArticleLength"/> (10,000,000).</summary>
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
    /// When true (the default), mention edges are repaired after all layers: possessives and currency signs as
    /// <see cref="MentionEdges"/> says (by default a possessive <c>'s</c> is left out of a name, "Stanford University's"
    /// gives "Stanford University", and a currency sign before a MONEY mention is taken in, "$1,000"), list numbers at line starts ("1.", "10.") are neither mentions nor parts
    /// of one, and an unbalanced bracket never sits inside a mention. A given name that is also a common word after a
    /// determiner ("the Bill passed") is not a PERSON, and a name split or prefixed with "the" in one place takes the
    /// form it has elsewhere in the article ("Kataib" + "Hezbollah" → "Kataib Hezbollah"); an ORG followed by a product
    /// noun ("the Vision Pro headset") is a PRODUCT.
    /// </summary>
    public bool RepairMentionBoundaries { get; init; } = true;

    /// <summary>
    /// Where possessives and currency signs go when <see cref="RepairMentionBoundaries"/> is on:
    /// <see cref="MentionEdgeConvention.Reader"/> (the default) as a reader expects, or
    /// <see cref="MentionEdgeConvention.AsTrained"/> as the model learnt them from OntoNotes, to score against
    /// OntoNotes-style gold.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="MentionEdgeConvention"/>.</exception>
    public MentionEdgeConvention MentionEdges
    {
        get => _mentionEdges;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "MentionEdges must be Reader or AsTrained.");
            }

            _mentionEdges = value;
        }
    }

    /// <summary>
    /// The language of every article, when the caller knows it (an ISO 639-1 code such as "en"): it becomes
    /// <see cref="ArticleAnalysis.Language"/> and is not detected. When it equals the recognizers' language
    /// (<see cref="ArticleAnalyzerBuilder.WithRecognizerLanguage"/>), every article is recognised, even one that looks
    /// foreign. Null (the default): each article's language is identified from its function words and script
    /// (<see cref="Languages.LanguageIdentifier"/>), and one clearly in another language than the recognizers' gets
    /// no mentions.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty or blank.</exception>
    public string? Language
    {
        get => _language;
        init
        {
            if (value is not null)
            {
                ArgumentException.ThrowIfNullOrWhiteSpace(value);
            }

            _language = value?.Trim().ToLowerInvariant();
        }
    }

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
