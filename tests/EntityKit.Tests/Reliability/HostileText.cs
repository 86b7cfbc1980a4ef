using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace EntityKit.Tests.Reliability;

/// <summary>
/// Random Unicode text that favours what breaks text code: lone and paired surrogates, combining marks, ZWJ emoji
/// sequences and flags, bidi and zero-width marks, control characters and NUL, every kind of line break, punctuation
/// runs, long digit runs, HTML fragments, CJK, Arabic and other scripts, mixed with capitalised words and names so
/// that recognizers find mentions.
/// </summary>
public sealed record HostileText(string Value)
{
    private static readonly string[] Words =
    [
        "The", "the", "a", "of", "in", "said", "Mr.", "Dr.", "Anna", "Verhoeven", "Leeds", "Council", "U.S.", "Inc.",
        "Paris", "New York", "Bank of England", "Zoë", "O'Brien", "McDonald's", "co-operation", "NATO", "iPhone", "on",
        "Tuesday", "March", "£3.2m", "9.15am", "50%", "https://x.org/a?b=1", "a@b.com", "#tag", "@user",
        "“", "”", "'s", "’s", "'", "«", "»", "(", ")", " the ", "Mr", "President",
    ];

    private static readonly string[] Marks =
    [
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
        "\u2067", "\u2068", "\u2069", "\u061C", "\u00AD", "\uFEFF", "\uFE0F", "\u2060", "\u034F",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\t", " ", "\u00A0", "\u3000", "\u000B", "\u000C"];

    private static readonly string[] Emoji =
    [
        "👍", "👍🏽", "👨\u200D👩\u200D👧\u200D👦", "🇫🇷", "🇺🇸", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
        "❤\uFE0F", "1\uFE0F\u20E3", "𝐀𝐁", "😀", "🇺", "🏽",
    ];

    private static readonly string[] Scripts =
    [
        "中文新闻", "東京", "한국어", "カタカナ", "العربية", "مرحبا بالعالم", "עברית", "हिन्दी", "Русский", "Ελληνικά", "ไทย",
        "Ça\u0301rdenas", "e\u0301\u0302\u0303\u0304", "ﬁ", "Ⅻ", "İstanbul", "ß", "Ǆ",
    ];

    private static readonly string[] Html =
    [
        "<p>", "</p>", "<div class=\"x\">", "</div>", "<br/>", "&amp;", "&nbsp;", "&#x1F600;", "<script>alert(1)</script>",
        "<!-- c -->", "<a href='https://x.org'>Leeds</a>", "<![CDATA[x]]>", "<", ">",
    ];

    /// <summary>The generator.</summary>
    public static Arbitrary<HostileText> Arbitrary() => Generator.ToArbitrary();

    /// <summary>The generator of texts: up to a hundred pieces (more as FsCheck's size grows), each chosen by weight.</summary>
    public static Gen<HostileText> Generator { get; } =
        Gen.ArrayOf(PieceGenerator()).Select(pieces => new HostileText(string.Concat(pieces)));

    private static Gen<string> PieceGenerator()
    {
        var loneSurrogate = Gen.Choose(0xD800, 0xDFFF).Select(c => ((char)c).ToString());
        var astral = Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);
        var control = Gen.OneOf(Gen.Choose(0, 0x1F), Gen.Choose(0x7F, 0x9F)).Select(c => ((char)c).ToString());
        var anyBmp = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        var combining = Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(0x300, 0x36F), n))
            .Select(marks => "a" + string.Concat(marks.Select(m => (char)m)));
        var punctuationRun = Gen.Elements("!", ".", "?", "-", "'", "\"", "…", "—", "*", ",", "?!")
            .SelectMany(p => Gen.Choose(2, 200).Select(n => string.Concat(Enumerable.Repeat(p, n))));
        var digitRun = Gen.Choose(1, 300).SelectMany(n => Gen.ArrayOf(Gen.Choose('0', '9'), n))
            .Select(digits => new string(digits.Select(d => (char)d).ToArray()));
        return Gen.Frequency(
            (8, Gen.Elements(Words)),
            (4, Gen.Elements(Breaks)),
            (2, Gen.Elements(Marks)),
            (2, Gen.Elements(Emoji)),
            (2, Gen.Elements(Scripts)),
            (1, Gen.Elements(Html)),
            (2, loneSurrogate),
            (1, astral),
            (2, control),
            (2, anyBmp),
            (1, combining),
            (1, punctuationRun),
            (1, digitRun));
    }

    /// <inheritdoc/>
    public override string ToString() => Escape(Value);

    /// <summary>The text with every character outside printable ASCII written as <c>\uXXXX</c>, for failure reports.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length * 2);
        foreach (var c in value)
        {
            builder.Append(c is >= ' ' and <= '~' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
