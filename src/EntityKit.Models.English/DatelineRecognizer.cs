using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// Finds the dateline that opens a news story: a place in capitals at the start of a line, an optional region after
/// a comma, an optional news agency in brackets, then a dash — "LONDON —", "WASHINGTON (Reuters) -",
/// "KYIV, Ukraine (AP) —", "SAN FRANCISCO --". The place is a GPE (so is the region), the agency an ORG. The model
/// rarely sees capitalised place names, and datelines are the first thing a reader checks. Runs before the model.
/// </summary>
public sealed class DatelineRecognizer : TokenRuleRecognizer
{
    /// <summary>The confidence given to every dateline mention.</summary>
    public const float Confidence = 0.9f;

    /// <summary>Longest place name, in words.</summary>
    public const int MaxPlaceWords = 3;

    /// <inheritdoc/>
    public override string Name => "english-datelines";

    /// <inheritdoc/>
    protected override int Match(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int end, List<RecognizedSpan> mentions)
    {
        var atLineStart = i == 0 || (tokens[i].Flags & TokenFlags.LineBreakBefore) != 0;
        if (!atLineStart)
        {
            return 0;
        }

        var placeEnd = i;
        while (placeEnd < end && placeEnd - i < MaxPlaceWords && IsCapitalsWord(tokens[placeEnd].GetText(text)))
        {
            placeEnd++;
        }

        if (placeEnd == i)
        {
            return 0;
        }

        var next = placeEnd;
        int regionStart = -1, regionEnd = -1;
        if (next + 1 < end && tokens[next].GetText(text) is ",")
        {
            regionStart = next + 1;
            regionEnd = CapitalisedRunEnd(text, tokens, regionStart, end);
            if (regionEnd == regionStart)
            {
                return 0;
            }

            next = regionEnd;
        }

        int agencyStart = -1, agencyEnd = -1;
        if (next + 2 < end && tokens[next].GetText(text) is "(")
        {
            agencyStart = next + 1;
            agencyEnd = CapitalisedRunEnd(text, tokens, agencyStart, end);
            if (agencyEnd == agencyStart || agencyEnd >= end || tokens[agencyEnd].GetText(text) is not ")")
            {
                return 0;
            }

            next = agencyEnd + 1;
        }

        if (next >= end || !IsDash(tokens[next].GetText(text)))
        {
            return 0;
        }

        mentions.Add(new RecognizedSpan(i, placeEnd - i, EntityType.Gpe, Confidence));
        if (regionStart >= 0)
        {
            mentions.Add(new RecognizedSpan(regionStart, regionEnd - regionStart, EntityType.Gpe, Confidence));
        }

        if (agencyStart >= 0)
        {
            mentions.Add(new RecognizedSpan(agencyStart, agencyEnd - agencyStart, EntityType.Organization, Confidence));
        }

        return next + 1 - i;
    }

    /// <summary>Just past the capitalised words (at most <see cref="MaxPlaceWords"/>) from <paramref name="start"/>.</summary>
    private static int CapitalisedRunEnd(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int start, int end)
    {
        var i = start;
        while (i < end && i - start < MaxPlaceWords && IsCapitalised(tokens[i].GetText(text)))
        {
            i++;
        }

        return i;
    }

    private static bool IsDash(ReadOnlySpan<char> word) => word is "—" or "–" or "-" or "--" or "―";

    /// <summary>A word of at least two capital letters (dots allowed: "D.C."), not a headline label ("UPDATE").</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '\'' or '’'))
            {
                return false;
            }
        }

        return letters >= 2 && !IsHeadlineLabel(word);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsHeadlineLabel(ReadOnlySpan<char> word) =>
        word is "BREAKING" or "UPDATE" or "UPDATED" or "EXCLUSIVE" or "WATCH" or "LIVE" or "ANALYSIS" or "OPINION"
            or "NEWS" or "VIDEO" or "PHOTOS" or "EDITORIAL" or "REVIEW" or "COMMENT" or "FACTBOX" or "EXPLAINER"
            or "URGENT" or "ALERT" or "CORRECTION" or "NOTE" or "AP" or "UPI" or "AFP";
}
