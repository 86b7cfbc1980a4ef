using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// Finds clock times written with a separator and a separate am/pm marker — "12.15am", "9:30 p.m." — and labels them
/// TIME. British and Gulf news write "12.15am", a form OntoNotes (American) barely has, so the statistical model
/// reads "12.15" as a CARDINAL; this layer runs before the model and the earlier layer wins the overlap.
/// </summary>
public sealed class ClockTimeRecognizer : TokenRuleRecognizer
{
    /// <summary>The confidence given to every clock time: the pattern is unambiguous.</summary>
    public const float Confidence = 0.95f;

    /// <inheritdoc/>
    public override string Name => "english-clock-times";

    /// <inheritdoc/>
    protected override int Match(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int end, List<RecognizedSpan> mentions)
    {
        if (i + 1 >= end
            || !IsClock(tokens[i].GetText(text))
            || !IsMeridiem(tokens[i + 1].GetText(text), attached: tokens[i + 1].Start == tokens[i].End))
        {
            return 0;
        }

        mentions.Add(new RecognizedSpan(i, 2, EntityType.Time, Confidence));
        return 2;
    }

    /// <summary>"12.15", "9:30": hours 0–23, a dot or colon, two digits of minutes 00–59.</summary>
    internal static bool IsClock(ReadOnlySpan<char> word)
    {
        var separator = word.Length switch { 4 => 1, 5 => 2, _ => -1 };
        if (separator < 0 || word[separator] is not ('.' or ':'))
        {
            return false;
        }

        var hours = word[..separator];
        var minutes = word[(separator + 1)..];
        return char.IsAsciiDigit(hours[0]) && char.IsAsciiDigit(hours[^1])
            && char.IsAsciiDigit(minutes[0]) && char.IsAsciiDigit(minutes[1])
            && int.Parse(hours, provider: System.Globalization.CultureInfo.InvariantCulture) <= 23
            && minutes[0] <= '5';
    }

    /// <summary>
    /// "pm", "a.m.", "p.m." in any case; "am" only when written against the number or as "AM", since a separate
    /// lower-case "am" may be the verb ("version 2.10 am I right").
    /// </summary>
    internal static bool IsMeridiem(ReadOnlySpan<char> word, bool attached) =>
        word.Equals("pm", StringComparison.OrdinalIgnoreCase)
        || word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase)
        || (word.Equals("am", StringComparison.OrdinalIgnoreCase) && (attached || word is "AM"));
}
