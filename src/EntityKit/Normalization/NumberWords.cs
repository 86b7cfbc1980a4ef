using System.Collections.Frozen;

namespace EntityKit.Normalization;

/// <summary>The English number vocabulary: cardinal and ordinal words, scales ("million", "bn") and fractions.</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, decimal> Units = new Dictionary<string, decimal>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["score"] = 20,
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<string, decimal> Ordinals = new Dictionary<string, decimal>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        ["thousandth"] = 1000, ["millionth"] = 1_000_000, ["last"] = -1,
    }.ToFrozenDictionary();

    /// <summary>Multipliers after a number ("2.5 million", "$5m", "1.2bn", "3k").</summary>
    public static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["k"] = 1_000, ["million"] = 1_000_000, ["m"] = 1_000_000,
        ["mn"] = 1_000_000, ["mln"] = 1_000_000, ["mil"] = 1_000_000, ["billion"] = 1_000_000_000, ["bn"] = 1_000_000_000,
        ["b"] = 1_000_000_000, ["bln"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000, ["tn"] = 1_000_000_000_000,
        ["trn"] = 1_000_000_000_000, ["lakh"] = 100_000, ["lakhs"] = 100_000, ["crore"] = 10_000_000, ["crores"] = 10_000_000,
        ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000, ["billions"] = 1_000_000_000,
    }.ToFrozenDictionary();

    /// <summary>Fractions by their denominator, singular and plural ("a quarter" is 1/4, "two thirds" 2/3).</summary>
    public static readonly FrozenDictionary<string, int> FractionDenominators = new Dictionary<string, int>
    {
        ["half"] = 2, ["halves"] = 2, ["quarter"] = 4, ["quarters"] = 4, ["third"] = 3, ["thirds"] = 3,
        ["fifth"] = 5, ["fifths"] = 5, ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary();

    /// <summary>Words before an amount that bound or approximate it, with their TIMEX3 modifier.</summary>
    public static readonly FrozenDictionary<string, string> Modifiers = new Dictionary<string, string>
    {
        ["about"] = "APPROX", ["around"] = "APPROX", ["approximately"] = "APPROX", ["roughly"] = "APPROX",
        ["some"] = "APPROX", ["nearly"] = "APPROX", ["almost"] = "APPROX", ["estimated"] = "APPROX", ["circa"] = "APPROX",
        ["over"] = "MORE_THAN", ["above"] = "MORE_THAN", ["exceeding"] = "MORE_THAN",
        ["under"] = "LESS_THAN", ["below"] = "LESS_THAN",
    }.ToFrozenDictionary();

    /// <summary>Two-word modifiers ("more than", "at least", "up to").</summary>
    public static string? TwoWordModifier(string first, string second) => (first, second) switch
    {
        ("more" or "greater" or "higher", "than") => "MORE_THAN",
        ("less" or "fewer" or "lower", "than") => "LESS_THAN",
        ("at", "least") => "EQUAL_OR_MORE",
        ("up", "to") or ("at", "most") or ("no", "more") => "EQUAL_OR_LESS",
        ("as", "many") or ("as", "much") => "EQUAL_OR_MORE",
        _ => null,
    };

    /// <summary>Ordinal suffixes after digits ("21st").</summary>
    public static bool IsOrdinalSuffix(string word) => word is "st" or "nd" or "rd" or "th";
}
