using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace EntityKit.Tests.Reliability;

/// <summary>The generator behind the properties really produces the nasty categories it promises.</summary>
public sealed class HostileTextGeneratorTests
{
    private static readonly string Sample = string.Concat(
        HostileText.Generator.Sample(300, new Rnd(7UL), 50).Select(t => t.Value)); // (count, seed, size)

    public static TheoryData<string> Categories => new()
    {
        "lone-surrogate", "surrogate-pair", "combining-mark", "zwj", "bidi", "control", "nul", "crlf", "line-separator",
        "punctuation-run", "digit-run", "cjk", "arabic", "html", "capitalized-word",
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void Generator_ThreeHundredTexts_ContainCategory(string category)
    {
        var found = category switch
        {
            "lone-surrogate" => Enumerable.Range(0, Sample.Length).Any(i => char.IsSurrogate(Sample[i]) && !char.IsSurrogatePair(Sample, i) && !(i > 0 && char.IsSurrogatePair(Sample, i - 1))),
            "surrogate-pair" => Enumerable.Range(0, Sample.Length - 1).Any(i => char.IsSurrogatePair(Sample, i)),
            "combining-mark" => Sample.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark),
            "zwj" => Sample.Contains('\u200D'),
            "bidi" => Sample.IndexOfAny(['\u202E', '\u2067', '\u200F']) >= 0,
            "control" => Sample.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')),
            "nul" => Sample.Contains('\0'),
            "crlf" => Sample.Contains("\r\n", StringComparison.Ordinal),
            "line-separator" => Sample.Contains('\u2028'),
            "punctuation-run" => Sample.Contains(new string('!', 10), StringComparison.Ordinal),
            "digit-run" => System.Text.RegularExpressions.Regex.IsMatch(Sample, "[0-9]{50}"),
            "cjk" => Sample.Contains('中'),
            "arabic" => Sample.Contains('م'),
            "html" => Sample.Contains("<p>", StringComparison.Ordinal),
            "capitalized-word" => Sample.Contains("Leeds", StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(category)),
        };

        Assert.True(found, $"the generator produced no {category} in 300 texts");
    }
}
