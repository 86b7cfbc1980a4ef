namespace EntityKit.Articles;

/// <summary>
/// Finds site chrome in scraped plain text with small, explainable line rules. Each non-blank line is one candidate
/// region (its surrounding whitespace excluded); a line is boilerplate when one of these rules fires, tried in order:
/// <list type="number">
/// <item><description><b>Cue phrase at the line start</b> ("Live updates", "Read more", "Follow us", "Subscribe",
/// "Sign up", "Advertisement", "Share on", "Skip to" …) in a line no longer than the cue allows. The cues that news
/// feeds also put before headlines ("Live updates:", "Watch:", "Watch live", "Listen:") do not flag the line that
/// opens the text.</description></item>
/// <item><description><b>Cue phrase anywhere in a short line</b>: ©, "All rights reserved", cookie and privacy
/// notices, "Share on Facebook", "newsletter".</description></item>
/// <item><description><b>Language switcher</b>: a locale code such as <c>en_US</c> in a short line
/// (<c>en_USEnglish</c>).</description></item>
/// <item><description><b>Separated link list</b>: three or more short items separated by <c>|</c>, <c>•</c> or
/// <c>·</c>.</description></item>
/// <item><description><b>Captions, bylines and plugs</b>: photo credits ("Credit...", "Image copyright",
/// "Alex Wong | Getty Images", a short caption ending "(Image: GETTY)"), slideshow counters ("Image 1 of 23"), bylines
/// ("By Jane Doe"), date stamps ("Published 10:02 AM EST Nov 19, 2019") and date-only lines, reporting credits, author
/// contact lines, follow-us and newsletter plugs.</description></item>
/// <item><description>At the <b>edges</b> only (before the first or after the last body paragraph), except for the
/// headline candidate: a <b>contact block</b> (an "Address" / "Contact" label, a street line such as
/// "304 North Cardinal St.", a postcode line such as "Dorchester Center, MA 02124", a phone or e-mail line) and
/// <b>link lists</b> (three or more consecutive lines of one or two title-case words without sentence punctuation).</description></item>
/// </list>
/// A body paragraph is a line of at least 12 words, or of at least 6 words ending like a sentence. The headline
/// candidate is the last line of at least three words before the first body paragraph that no cue rule flagged; it
/// is never flagged by the edge rules.
/// </summary>
/// <remarks>Immutable and thread-safe; allocates only the per-call line list.</remarks>
public sealed class BoilerplateDetector : IBoilerplateDetector
{
    private const int ShortLineWords = 15;
    private const int BodyMinWords = 12;
    private const int SentenceBodyMinWords = 6;
    private const int MaxContactWords = 8;
    private const int MaxLinkWords = 2;
    private const int MinLinkListLines = 3;
    private const int MaxBylineWords = 8;
    private const int MaxDateStampWords = 15;
    private const int MaxCreditWords = 8;
    private const int MaxPromotionWords = 40;
    private const int MaxCaptionWords = 25;

    /// <summary>Cues that news feeds also use as headline prefixes ("WATCH: …", "Live updates: …"): they do not
    /// flag the line that opens the text.</summary>
    private static readonly HashSet<string> HeadlinePrefixCues = new(StringComparer.Ordinal)
    {
        "live updates", "live:", "follow live", "watch:", "watch live", "listen:",
    };

    private static readonly (string Phrase, BoilerplateKind Kind, int MaxWords)[] StartCues =
    [
        ("live updates", BoilerplateKind.Navigation, 25),
        ("live:", BoilerplateKind.Navigation, 25),
        ("follow us", BoilerplateKind.Navigation, 20),
        ("follow the latest", BoilerplateKind.Navigation, 20),
        ("follow live", BoilerplateKind.Navigation, 20),
        ("read more", BoilerplateKind.Navigation, 20),
        ("read also", BoilerplateKind.Navigation, 20),
        ("also read", BoilerplateKind.Navigation, 20),
        ("read next", BoilerplateKind.Navigation, 20),
        ("read the full", BoilerplateKind.Navigation, 20),
        ("related:", BoilerplateKind.Navigation, 20),
        ("related articles", BoilerplateKind.Navigation, 20),
        ("related stories", BoilerplateKind.Navigation, 20),
        ("related topics", BoilerplateKind.Navigation, 20),
        ("more on this", BoilerplateKind.Navigation, 20),
        ("most read", BoilerplateKind.Navigation, 10),
        ("most popular", BoilerplateKind.Navigation, 10),
        ("trending", BoilerplateKind.Navigation, 6),
        ("recommended", BoilerplateKind.Navigation, 6),
        ("you may also like", BoilerplateKind.Navigation, 20),
        ("skip to", BoilerplateKind.Navigation, 10),
        ("back to top", BoilerplateKind.Navigation, 10),
        ("share on", BoilerplateKind.Navigation, 20),
        ("share this", BoilerplateKind.Navigation, 20),
        ("share:", BoilerplateKind.Navigation, 20),
        ("click here", BoilerplateKind.Navigation, 20),
        ("see also", BoilerplateKind.Navigation, 20),
        ("watch:", BoilerplateKind.Navigation, 20),
        ("watch live", BoilerplateKind.Navigation, 20),
        ("listen:", BoilerplateKind.Navigation, 20),
        ("listen to this", BoilerplateKind.Navigation, 20),
        ("previous article", BoilerplateKind.Navigation, 20),
        ("next article", BoilerplateKind.Navigation, 20),
        ("tags:", BoilerplateKind.Navigation, 30),
        ("topics:", BoilerplateKind.Navigation, 30),
        ("subscribe", BoilerplateKind.Promotion, 20),
        ("sign up", BoilerplateKind.Promotion, 20),
        ("sign in", BoilerplateKind.Promotion, 10),
        ("log in", BoilerplateKind.Promotion, 10),
        ("already a subscriber", BoilerplateKind.Promotion, 20),
        ("become a member", BoilerplateKind.Promotion, 20),
        ("support our journalism", BoilerplateKind.Promotion, 20),
        ("download the app", BoilerplateKind.Promotion, 20),
        ("get the app", BoilerplateKind.Promotion, 20),
        ("advertisement", BoilerplateKind.Promotion, 3),
        ("sponsored", BoilerplateKind.Promotion, 6),
        ("promoted", BoilerplateKind.Promotion, 3),
        ("newsletter", BoilerplateKind.Promotion, 10),
        ("we use cookies", BoilerplateKind.Legal, 40),
        ("this site uses cookies", BoilerplateKind.Legal, 40),
        ("this website uses cookies", BoilerplateKind.Legal, 40),
        ("accept cookies", BoilerplateKind.Legal, 20),
        ("accept all cookies", BoilerplateKind.Legal, 20),
        ("privacy policy", BoilerplateKind.Legal, 20),
        ("terms of use", BoilerplateKind.Legal, 20),
        ("terms of service", BoilerplateKind.Legal, 20),
        ("terms and conditions", BoilerplateKind.Legal, 20),
        ("contact us", BoilerplateKind.Contact, 10),
        ("continue reading", BoilerplateKind.Navigation, 5),
        ("related post", BoilerplateKind.Navigation, 20),
        ("see more", BoilerplateKind.Navigation, 20),
        ("don't miss", BoilerplateKind.Navigation, 20),
        ("more:", BoilerplateKind.Navigation, 1),
        ("comments", BoilerplateKind.Navigation, 2),
        ("post comment", BoilerplateKind.Navigation, 5),
        ("like this story", BoilerplateKind.Navigation, 20),
        ("view author archive", BoilerplateKind.Byline, 5),
        ("email the author", BoilerplateKind.Byline, 5),
        ("advert", BoilerplateKind.Promotion, 1),
        ("credit...", BoilerplateKind.Caption, 12),
        ("credit:", BoilerplateKind.Caption, 12),
        ("image copyright", BoilerplateKind.Caption, 12),
        ("image caption", BoilerplateKind.Caption, 60),
        ("image credit", BoilerplateKind.Caption, 12),
        ("photo credit", BoilerplateKind.Caption, 12),
        ("photo:", BoilerplateKind.Caption, 12),
        ("photograph:", BoilerplateKind.Caption, 12),
        ("file photo:", BoilerplateKind.Caption, 60),
        ("caption", BoilerplateKind.Caption, 1),
        ("close", BoilerplateKind.Navigation, 1),
        ("filed under", BoilerplateKind.Navigation, 20),
        ("reading time", BoilerplateKind.Byline, 6),
        ("reporting by", BoilerplateKind.Byline, 60),
        ("(reporting by", BoilerplateKind.Byline, 60),
        ("additional reporting by", BoilerplateKind.Byline, 60),
        ("editing by", BoilerplateKind.Byline, 30),
    ];

    /// <summary>Cues that make a line of up to <see cref="MaxPromotionWords"/> words chrome wherever they occur: an
    /// author's contact line, a newsletter or social-media plug, an affiliate-link notice.</summary>
    private static readonly (string Phrase, BoilerplateKind Kind)[] LongLineCues =
    [
        ("can be reached at", BoilerplateKind.Byline),
        ("may be reached at", BoilerplateKind.Byline),
        ("contributed reporting", BoilerplateKind.Byline),
        ("contributed to this report", BoilerplateKind.Byline),
        ("click here for more", BoilerplateKind.Promotion),
        ("affiliate link", BoilerplateKind.Promotion),
        ("contain affiliate", BoilerplateKind.Promotion),
        ("free daily newsletter", BoilerplateKind.Promotion),
        ("subscribe to our", BoilerplateKind.Promotion),
        ("sign up for our", BoilerplateKind.Promotion),
    ];

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "a.m", "p.m", "utc", "gmt", "est", "edt", "cst",
        "cdt", "pst", "pdt", "bst", "cet", "cest", "ist", "at", "updated", "published",
    };

    private static readonly HashSet<string> MonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Words that open a date stamp ("Published 10:02 AM EST Nov 19, 2019", "Updated on: …").</summary>
    private static readonly string[] DateStampCues = ["published", "updated", "posted", "first published", "last updated", "last modified"];

    /// <summary>Picture agencies whose name in a short line makes it a photo credit ("Alex Wong | Getty Images").</summary>
    private static readonly string[] PhotoAgencies = ["getty images", "shutterstock", "ap photo", "afp photo", "reuters/", "/reuters", "epa-efe"];

    /// <summary>Parenthesised credits that end a caption: "… their identities (Image: GETTY )".</summary>
    private static readonly string[] TrailingCreditCues = ["(image:", "(photo:", "(picture:", "(ap photo", "(photo by", "(credit:"];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    };

    private static readonly string[] FollowPhrases = ["follow us ", "follow me ", "follow him ", "follow her ", "follow them "];

    private static readonly string[] SocialNetworks = ["twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin"];

    private static readonly (string Phrase, BoilerplateKind Kind)[] AnywhereCues =
    [
        ("©", BoilerplateKind.Legal),
        ("all rights reserved", BoilerplateKind.Legal),
        ("cookie policy", BoilerplateKind.Legal),
        ("cookie settings", BoilerplateKind.Legal),
        ("privacy policy", BoilerplateKind.Legal),
        ("terms of use", BoilerplateKind.Legal),
        ("share on facebook", BoilerplateKind.Navigation),
        ("share on twitter", BoilerplateKind.Navigation),
        ("share on whatsapp", BoilerplateKind.Navigation),
        ("share on linkedin", BoilerplateKind.Navigation),
        ("sign up for our", BoilerplateKind.Promotion),
        ("subscribe to our", BoilerplateKind.Promotion),
        ("our newsletter", BoilerplateKind.Promotion),
    ];

    private static readonly string[] ContactLabels =
    [
        "address", "physical address", "postal address", "mailing address", "head office", "headquarters address",
        "contact", "contact us", "contact information", "phone", "telephone", "tel", "email", "e-mail", "fax",
    ];

    private static readonly string[] ContactFieldPrefixes = ["phone:", "tel:", "tel.", "telephone:", "email:", "e-mail:", "fax:", "p.o. box", "po box"];

    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Rd.", "Road", "Blvd", "Blvd.", "Boulevard", "Lane", "Ln",
        "Ln.", "Drive", "Dr.", "Way", "Place", "Pl.", "Square", "Sq.", "Court", "Ct.", "Suite", "Floor", "Highway",
        "Hwy", "Hwy.", "Parkway", "Pkwy", "Terrace", "Plaza",
    };

    /// <summary>A shared instance; the detector has no state.</summary>
    public static BoilerplateDetector Default { get; } = new();

    /// <summary>Finds the boilerplate regions of a text.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The regions in text order.</returns>
    public IReadOnlyList<TextRegion> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = new List<TextRegion>();
        Detect(text, regions);
        return regions;
    }

    /// <inheritdoc/>
    public void Detect(ReadOnlySpan<char> text, List<TextRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var lines = SplitLines(text);
        if (lines.Count == 0)
        {
            return;
        }

        var firstBody = -1;
        var lastBody = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBody)
            {
                firstBody = firstBody < 0 ? i : firstBody;
                lastBody = i;
            }
        }

        var kinds = new BoilerplateKind?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            kinds[i] = ClassifyAnywhere(text, lines[i], opensText: i == 0);
        }

        var headline = FindHeadlineCandidate(lines, kinds, firstBody);
        for (var i = 0; i < lines.Count; i++)
        {
            var atEdge = firstBody < 0 || i < firstBody || i > lastBody;
            if (kinds[i] is null && atEdge && i != headline && IsContactLine(text, lines[i]))
            {
                kinds[i] = BoilerplateKind.Contact;
            }
        }

        MarkLinkLists(text, lines, kinds, firstBody, lastBody, headline);
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is { } kind)
            {
                regions.Add(new TextRegion(lines[i].Start, lines[i].End, kind));
            }
        }
    }

    private static BoilerplateKind? ClassifyAnywhere(ReadOnlySpan<char> text, in Line line, bool opensText)
    {
        var content = text[line.Start..line.End];
        foreach (var (phrase, kind, maxWords) in StartCues)
        {
            if (line.Words <= maxWords && StartsWithWord(content, phrase) && !(opensText && HeadlinePrefixCues.Contains(phrase)))
            {
                return kind;
            }
        }

        if (line.Words <= ShortLineWords)
        {
            foreach (var (phrase, kind) in AnywhereCues)
            {
                if (content.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }

            if (StartsWithWord(content, "copyright") && ContainsYear(content))
            {
                return BoilerplateKind.Legal;
            }
        }

        if (IsByline(content, line.Words) || IsDateStamp(content, line.Words))
        {
            return BoilerplateKind.Byline;
        }

        if (IsPhotoCredit(content, line.Words) || IsSlideCounter(content))
        {
            return BoilerplateKind.Caption;
        }

        if (IsSocialFollow(content, line.Words))
        {
            return BoilerplateKind.Promotion;
        }

        if (line.Words <= MaxPromotionWords)
        {
            foreach (var (phrase, kind) in LongLineCues)
            {
                if (content.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }
        }

        if (IsDateOnly(content, line.Words))
        {
            return BoilerplateKind.Byline;
        }

        if (line.Words <= 6 && ContainsLocaleCode(content))
        {
            return BoilerplateKind.LanguageSwitcher;
        }

        return IsSeparatedLinkList(content) ? BoilerplateKind.Navigation : null;
    }

    /// <summary>"By Jane Doe", "By Jane Doe - 11/18/19 11:04 PM EST", or a lone "By": a short line opening with "By"
    /// that does not end like a sentence.</summary>
    private static bool IsByline(ReadOnlySpan<char> content, int words)
    {
        if (words > MaxBylineWords || !StartsWithWord(content, "by") || EndsLikeSentence(content))
        {
            return false;
        }

        // "By the numbers: …" is a headline: a byline names someone, so the next word is capitalised and no determiner.
        var rest = content[2..].TrimStart();
        var next = rest[..(rest.IndexOf(' ') is var space and >= 0 ? space : rest.Length)];
        return next.IsEmpty || (char.IsUpper(next[0]) && !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next));
    }

    /// <summary>"Follow us on Twitter", "Have a tip? … Follow her on Twitter @AmyKup": a line of up to
    /// <see cref="MaxPromotionWords"/> words opening with "Follow" or asking to follow us/me/him/her/them, that names a
    /// social network or an @handle ("… will not allow any media to follow him on his trip" is kept).</summary>
    private static bool IsSocialFollow(ReadOnlySpan<char> content, int words)
    {
        if (words > MaxPromotionWords || !(StartsWithWord(content, "follow") || ContainsAny(content, FollowPhrases)))
        {
            return false;
        }

        return ContainsAny(content, SocialNetworks) || content.Contains(" @", StringComparison.Ordinal);
    }

    /// <summary>"Published 1 day ago", "Updated on: November 19, 2019 / 10:07 AM": a short line opening with a
    /// publishing verb and holding a number or "ago".</summary>
    private static bool IsDateStamp(ReadOnlySpan<char> content, int words)
    {
        if (words > MaxDateStampWords || (!content.ContainsAnyInRange('0', '9') && !content.Contains(" ago", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        content = content.TrimStart("|• ");
        foreach (var cue in DateStampCues)
        {
            if (StartsWithWord(content, cue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"October 06, 2018", "Nov. 20, 2019, 9:28 AM UTC", "15:23 2019": a short line of nothing but
    /// numbers, month and weekday names, clock words and time zones, with a month name or a year (a bare clock time
    /// such as "4:14 p.m." heads an entry of a live blog and is kept).</summary>
    private static bool IsDateOnly(ReadOnlySpan<char> content, int words)
    {
        if (words > MaxDateStampWords || !content.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var hasMonthOrYear = false;
        var lookup = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var months = MonthNames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in content.SplitAny(" \t,|/-–—•"))
        {
            var word = content[range].Trim(".:()");
            if (word.IsEmpty)
            {
                continue;
            }

            if (lookup.Contains(word))
            {
                hasMonthOrYear |= months.Contains(word);
                continue;
            }

            if (word.ContainsAnyExcept("0123456789:.apmAPM"))
            {
                return false;
            }

            hasMonthOrYear |= word.Length == 4 && AllDigits(word) && word[0] is '1' or '2';
        }

        return hasMonthOrYear;
    }

    /// <summary>A short line opened or closed by a picture agency's name, or a caption of up to <see cref="MaxCaptionWords"/> words ending
    /// in a parenthesised credit (longer paragraphs that end so, as in magazine features, are kept).</summary>
    private static bool IsPhotoCredit(ReadOnlySpan<char> content, int words)
    {
        if (words <= MaxCreditWords && (StartsOrEndsWithAny(content, PhotoAgencies)))
        {
            return true;
        }

        var open = content.LastIndexOf('(');
        return words <= MaxCaptionWords && content.EndsWith(")") && open >= 0 && ContainsAny(content[open..], TrailingCreditCues);
    }

    /// <summary>"Image 1 of 23", "3 of 12", "Image 1 of / 23": a slideshow counter.</summary>
    private static bool IsSlideCounter(ReadOnlySpan<char> content)
    {
        foreach (var prefix in (string[])["image", "photo", "slide", "picture"])
        {
            if (StartsWithWord(content, prefix))
            {
                content = content[prefix.Length..].TrimStart();
                break;
            }
        }

        var of = content.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        return of > 0 && AllDigits(content[..of].Trim()) && AllDigits(content[(of + 4)..].TrimStart("/ ").Trim());
    }

    /// <summary>"Alex Wong | Getty Images", "AP Photo/Sam Ortiz": the agency opens or closes the line (a headline such
    /// as "Getty Images Wants AI to Stop Copying Them" does neither: it goes on after the name).</summary>
    private static bool StartsOrEndsWithAny(ReadOnlySpan<char> content, string[] phrases)
    {
        var trimmed = content.TrimEnd(" .)");
        foreach (var phrase in phrases)
        {
            var bare = phrase.AsSpan().Trim('/');
            if (trimmed.EndsWith(bare, StringComparison.OrdinalIgnoreCase)
                || (content.StartsWith(bare, StringComparison.OrdinalIgnoreCase) && content.Length > bare.Length && content[bare.Length] is '/' or ','))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> content, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (content.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int FindHeadlineCandidate(List<Line> lines, BoilerplateKind?[] kinds, int firstBody)
    {
        var end = firstBody < 0 ? lines.Count : firstBody;
        for (var i = end - 1; i >= 0; i--)
        {
            if (kinds[i] is null && lines[i].Words >= 3)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsContactLine(ReadOnlySpan<char> text, in Line line)
    {
        if (line.Words > MaxContactWords)
        {
            return false;
        }

        var content = text[line.Start..line.End];
        var label = content.TrimEnd(':');
        foreach (var candidate in ContactLabels)
        {
            if (label.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var prefix in ContactFieldPrefixes)
        {
            if (content.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsStreetLine(content) || EndsWithPostcode(content);
    }

    /// <summary>"304 North Cardinal St.": a house number first and a street word later.</summary>
    private static bool IsStreetLine(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty || !char.IsAsciiDigit(content[0]))
        {
            return false;
        }

        var isFirst = true;
        foreach (var range in content.SplitAny(" \t,"))
        {
            var word = content[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!isFirst && StreetWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            isFirst = false;
        }

        return false;
    }

    /// <summary>A US "MA 02124" / "MA 02124-1234" or UK "SW1A 1AA" postcode at the end of the line.</summary>
    private static bool EndsWithPostcode(ReadOnlySpan<char> content)
    {
        content = content.TrimEnd('.');
        var lastSpace = content.LastIndexOf(' ');
        if (lastSpace <= 0)
        {
            return false;
        }

        var last = content[(lastSpace + 1)..];
        var before = content[..lastSpace].TrimEnd();
        var previousSpace = before.LastIndexOfAny(' ', ',');
        var previous = before[(previousSpace + 1)..];
        return (IsUsZip(last) && previous.Length == 2 && char.IsAsciiLetterUpper(previous[0]) && char.IsAsciiLetterUpper(previous[1]))
            || (IsUkInward(last) && IsUkOutward(previous));
    }

    private static bool IsUsZip(ReadOnlySpan<char> word) =>
        (word.Length == 5 && AllDigits(word)) || (word.Length == 10 && word[5] == '-' && AllDigits(word[..5]) && AllDigits(word[6..]));

    private static bool IsUkInward(ReadOnlySpan<char> word) =>
        word.Length == 3 && char.IsAsciiDigit(word[0]) && char.IsAsciiLetterUpper(word[1]) && char.IsAsciiLetterUpper(word[2]);

    private static bool IsUkOutward(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 4 && char.IsAsciiLetterUpper(word[0]) && word.ContainsAnyInRange('0', '9')
        && !word.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static bool AllDigits(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9');

    /// <summary>A locale code such as <c>en_US</c> starting a word: two lower-case letters, '_', two upper-case letters.</summary>
    private static bool ContainsLocaleCode(ReadOnlySpan<char> content)
    {
        for (var i = content.IndexOf('_'); i >= 0 && i < content.Length; i = NextUnderscore(content, i))
        {
            if (i >= 2 && i + 2 < content.Length
                && char.IsAsciiLetterLower(content[i - 2]) && char.IsAsciiLetterLower(content[i - 1])
                && (i == 2 || !char.IsLetter(content[i - 3]))
                && char.IsAsciiLetterUpper(content[i + 1]) && char.IsAsciiLetterUpper(content[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextUnderscore(ReadOnlySpan<char> content, int after)
    {
        var next = content[(after + 1)..].IndexOf('_');
        return next < 0 ? -1 : after + 1 + next;
    }

    /// <summary>"Home | World | Business": at least three items of one to three words between separators.</summary>
    private static bool IsSeparatedLinkList(ReadOnlySpan<char> content)
    {
        if (content.IndexOfAny('|', '•', '·') < 0)
        {
            return false;
        }

        var items = 0;
        foreach (var range in content.SplitAny("|•·"))
        {
            var item = content[range].Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            if (CountWords(item) > 3)
            {
                return false;
            }

            items++;
        }

        return items >= 3;
    }

    /// <summary>Runs of at least three one- or two-word title-case lines at the edges are section links.</summary>
    private static void MarkLinkLists(ReadOnlySpan<char> text, List<Line> lines, BoilerplateKind?[] kinds, int firstBody, int lastBody, int headline)
    {
        var runStart = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var atEdge = i < lines.Count && (firstBody < 0 || i < firstBody || i > lastBody);
            var isItem = atEdge && i != headline && kinds[i] is null && IsLinkItem(text, lines[i]);
            if (isItem)
            {
                runStart = runStart < 0 ? i : runStart;
                continue;
            }

            if (runStart >= 0 && i - runStart >= MinLinkListLines)
            {
                for (var k = runStart; k < i; k++)
                {
                    kinds[k] ??= BoilerplateKind.Navigation;
                }
            }

            runStart = -1;
        }
    }

    /// <summary>A section link: one or two title-case words ("Home", "Middle East") without sentence punctuation.</summary>
    private static bool IsLinkItem(ReadOnlySpan<char> text, in Line line)
    {
        var content = text[line.Start..line.End];
        if (line.Words > MaxLinkWords || EndsLikeSentence(content))
        {
            return false;
        }

        foreach (var range in content.SplitAny(" \t"))
        {
            var word = content[range];
            if (!word.IsEmpty && word is not "&" && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> content, string phrase) =>
        content.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
        && (content.Length == phrase.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(content[phrase.Length]));

    private static bool ContainsYear(ReadOnlySpan<char> content)
    {
        var run = 0;
        foreach (var c in content)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> content)
    {
        content = content.TrimEnd("\"'”’)");
        return content.Length > 0 && content[^1] is '.' or '!' or '?' or ':' or ';';
    }

    private static int CountWords(ReadOnlySpan<char> content)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in content)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    private static List<Line> SplitLines(ReadOnlySpan<char> text)
    {
        var lines = new List<Line>();
        var position = 0;
        while (position < text.Length)
        {
            var length = text[position..].IndexOfAny('\n', '\r');
            var end = length < 0 ? text.Length : position + length;
            var start = position;
            var stop = end;
            while (start < stop && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (stop > start && char.IsWhiteSpace(text[stop - 1]))
            {
                stop--;
            }

            if (stop > start)
            {
                var content = text[start..stop];
                var words = CountWords(content);
                var isBody = words >= BodyMinWords || (words >= SentenceBodyMinWords && EndsLikeSentence(content));
                lines.Add(new Line(start, stop, words, isBody));
            }

            position = end + 1;
        }

        return lines;
    }

    private readonly record struct Line(int Start, int End, int Words, bool IsBody);
}
