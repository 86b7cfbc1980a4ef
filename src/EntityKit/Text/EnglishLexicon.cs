using System.Collections.Frozen;

namespace EntityKit.Text;

/// <summary>
/// The English word lists behind <see cref="EnglishTokenizer"/>: abbreviations that keep their period, and the
/// prefixes after which OntoNotes keeps a hyphenated word whole (<c>co-operation</c>, <c>anti-war</c>, <c>e-mail</c>).
/// </summary>
/// <remarks>Lookups take spans (no string is made per lookup).</remarks>
internal static class EnglishLexicon
{
    /// <summary>Titles and name parts: always keep their period, even before a capitalised word.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Sen", "Sens", "Rep", "Reps",
        "Gov", "Govs", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig",
        "Rev", "Revs", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Msgr", "Fr", "Sr", "St", "Ste", "Mt", "Ft",
        "Pt", "vs", "Vs", "v", "viz", "cf", "Cf", "Rt", "Sec", "Secs", "Asst", "Assoc", "Dept", "Univ", "Ave",
        "Blvd", "Rd", "Hwy", "Sq", "Lieut", "Comdr", "Rs", "Cie");

    /// <summary>Abbreviations that keep their period inside a sentence but give it up at a sentence end
    /// (OntoNotes: <c>... Jenrette Inc .</c>).</summary>
    private static readonly FrozenSet<string> SentenceFinalSplittable = FrozenSet.Create(
        StringComparer.Ordinal,
        "Inc", "INC", "Corp", "CORP", "Co", "CO", "Cos", "Ltd", "LTD", "Bros", "Plc", "Jr", "etc", "al", "approx",
        "est", "Assn", "Mfg", "Intl", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo", "Alta", "Ont", "Que", "tr", "ed", "eds", "dept", "govt", "yr", "yrs",
        "ft", "sq", "mi", "oz", "lb", "lbs", "Ph", "Figs", "Vols", "Arts", "var", "Thur", "Thurs", "Tues");

    /// <summary>Abbreviations that keep their period only before a number (<c>No. 1</c>, <c>p. 5</c>).</summary>
    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(
        StringComparer.Ordinal, "No", "no", "Nos", "nos", "p", "pp", "Pp", "Vol", "vol", "Fig", "fig", "Art", "art",
        "Ch", "ch", "Sec", "sec", "Par", "par", "Tel", "tel", "Ext", "ext");

    /// <summary>Prefixes after which a hyphenated word stays one token, case-insensitive.</summary>
    private static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "uh", "um", "mm", "co", "anti", "non", "cross", "re", "mid", "pro", "vice", "post", "pre", "multi", "e", "ex",
        "inter", "x", "counter", "ultra", "semi", "sub", "cyber", "mini", "macro", "quasi", "de", "super", "mega",
        "micro", "trans", "bi", "bio", "pan", "un", "tri", "neo", "peri", "pseudo", "pluri", "uni", "petro", "ante",
        "arch", "agro", "eco", "extra", "intra", "para");

    /// <summary>Units and clock suffixes split from a number written against them (<c>12.15am</c>, <c>5km</c>).</summary>
    private static readonly FrozenSet<string> NumberSuffixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "am", "pm", "km", "kg", "cm", "mm", "mg", "ml", "mph", "kph", "kmh", "ft", "lb", "lbs", "oz", "bn", "m", "tn",
        "mln", "bln", "hrs", "hr", "mins", "min", "sec", "secs", "yrs", "GB", "MB", "TB", "kW", "MW", "GW", "kWh");

    private static readonly FrozenSet<string> Elisions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "em", "til", "cause", "bout", "nuff", "n", "tis", "twas");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceFinalLookup =
        SentenceFinalSplittable.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup =
        HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberSuffixLookup =
        NumberSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ElisionLookup =
        Elisions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A title that always keeps its period (<c>Mr</c>, <c>Dr</c>, <c>St</c>).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitlesLookup.Contains(word);

    /// <summary>An abbreviation that gives its period to the sentence when it ends one (<c>Inc</c>, <c>etc</c>).</summary>
    public static bool IsSentenceFinalSplittable(ReadOnlySpan<char> word) => SentenceFinalLookup.Contains(word);

    /// <summary>An abbreviation that keeps its period before a number (<c>No</c>, <c>pp</c>).</summary>
    public static bool IsBeforeNumberAbbreviation(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    /// <summary>A prefix that keeps a hyphenated word whole (<c>co</c>, <c>anti</c>).</summary>
    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => HyphenPrefixLookup.Contains(word);

    /// <summary>A unit or clock suffix split from a number (<c>am</c>, <c>km</c>).</summary>
    public static bool IsNumberSuffix(ReadOnlySpan<char> word) => NumberSuffixLookup.Contains(word);

    /// <summary>A word written with a leading apostrophe (<c>'em</c>, <c>'til</c>).</summary>
    public static bool IsElision(ReadOnlySpan<char> word) => ElisionLookup.Contains(word);
}
