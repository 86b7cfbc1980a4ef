using System.Collections.Frozen;

namespace EntityKit.Normalization;

/// <summary>Currency symbols, words and codes mapped to ISO 4217 codes.</summary>
internal static class CurrencyNames
{
    public static readonly FrozenDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
        ["₪"] = "ILS", ["₦"] = "NGN", ["₺"] = "TRY", ["₴"] = "UAH",
    }.ToFrozenDictionary();

    /// <summary>Letters written before "$": "US$", "A$", "C$", "HK$", "NZ$", "S$", "R$".</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>
    {
        ["us"] = "USD", ["a"] = "AUD", ["au"] = "AUD", ["c"] = "CAD", ["ca"] = "CAD", ["hk"] = "HKD", ["nz"] = "NZD",
        ["s"] = "SGD", ["r"] = "BRL", ["nt"] = "TWD",
    }.ToFrozenDictionary();

    /// <summary>Currency words; the country adjectives before "dollars", "pounds" etc. are in <see cref="Qualified"/>.</summary>
    public static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP", ["quid"] = "GBP",
        ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rmb"] = "CNY",
        ["rupee"] = "INR", ["rupees"] = "INR", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["franc"] = "CHF", ["francs"] = "CHF", ["won"] = "KRW", ["riyal"] = "SAR", ["riyals"] = "SAR", ["dirham"] = "AED",
        ["dirhams"] = "AED", ["shekel"] = "ILS", ["shekels"] = "ILS", ["naira"] = "NGN", ["rand"] = "ZAR", ["lira"] = "TRY",
        ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["peso"] = "MXN", ["pesos"] = "MXN", ["real"] = "BRL", ["reais"] = "BRL",
        ["krona"] = "SEK", ["kronor"] = "SEK", ["krone"] = "NOK", ["kroner"] = "NOK", ["zloty"] = "PLN", ["ringgit"] = "MYR",
        ["baht"] = "THB", ["dinar"] = "IQD", ["dinars"] = "IQD", ["rial"] = "IRR", ["rials"] = "IRR", ["taka"] = "BDT",
        ["bitcoin"] = "XBT", ["bitcoins"] = "XBT",
    }.ToFrozenDictionary();

    /// <summary>Country adjective + currency word: "Australian dollars", "Hong Kong dollars", "Egyptian pounds".</summary>
    public static string? Qualified(string adjective, string currencyWord) => (adjective, currencyWord.TrimEnd('s')) switch
    {
        ("australian", "dollar") => "AUD",
        ("canadian", "dollar") => "CAD",
        ("kong", "dollar") => "HKD",
        ("zealand", "dollar") => "NZD",
        ("singapore", "dollar") => "SGD",
        ("taiwan", "dollar") => "TWD",
        ("egyptian", "pound") => "EGP",
        ("lebanese", "pound") => "LBP",
        ("swiss", "franc") => "CHF",
        ("cfa", "franc") => "XOF",
        ("philippine", "peso") => "PHP",
        ("argentine", "peso") => "ARS",
        ("mexican", "peso") => "MXN",
        ("chilean", "peso") => "CLP",
        ("colombian", "peso") => "COP",
        ("iraqi", "dinar") => "IQD",
        ("kuwaiti", "dinar") => "KWD",
        ("jordanian", "dinar") => "JOD",
        ("iranian", "rial") => "IRR",
        ("saudi", "riyal") => "SAR",
        ("qatari", "riyal") => "QAR",
        ("pakistani", "rupee") => "PKR",
        ("indian", "rupee") => "INR",
        ("swedish", "krona") or ("swedish", "kronor") => "SEK",
        ("norwegian", "krone") or ("danish", "krone") => adjective == "danish" ? "DKK" : "NOK",
        ("turkish", "lira") => "TRY",
        _ => null,
    };

    /// <summary>Subunits: "50 cents" is 0.50 USD, "20p" or "20 pence" 0.20 GBP.</summary>
    public static string? Subunit(string word) => word switch
    {
        "cent" or "cents" => "USD",
        "p" or "pence" or "penny" => "GBP",
        _ => null,
    };

    /// <summary>True when <paramref name="word"/> is an ISO 4217 code we know (upper-case in the text, lower-case here).</summary>
    public static bool IsCode(string word, out string code)
    {
        code = word.ToUpperInvariant();
        return word.Length == 3 && KnownCodes.Contains(code);
    }

    private static readonly FrozenSet<string> KnownCodes = FrozenSet.ToFrozenSet(
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KRW", "ILS", "NGN", "TRY", "UAH", "AUD", "CAD", "HKD", "NZD",
        "SGD", "BRL", "CHF", "SAR", "AED", "ZAR", "MXN", "SEK", "NOK", "DKK", "PLN", "MYR", "THB", "IQD", "IRR", "EGP",
        "PKR", "QAR", "KWD", "TWD", "ARS", "PHP", "IDR", "VND", "CZK", "HUF", "RON", "BDT", "KES", "GHS", "XOF", "XAF",
    ]);
}
