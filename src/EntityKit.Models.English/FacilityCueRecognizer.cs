using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// Labels the capitalised name before "airbase", "air base", "airfield", "naval base" or "military base" as a FAC —
/// "Ain Al Asad airbase", "Ramstein air base". The head noun says what the name is, while the model goes by the
/// name's look ("Al" + capitalised word is how Arabic personal names are written too). Runs before the model.
/// </summary>
public sealed class FacilityCueRecognizer : TokenRuleRecognizer
{
    /// <summary>The confidence given to every cued facility.</summary>
    public const float Confidence = 0.85f;

    /// <summary>Longest name taken before a cue, in tokens.</summary>
    public const int MaxNameTokens = 5;

    /// <inheritdoc/>
    public override string Name => "english-facility-cues";

    /// <inheritdoc/>
    protected override int Match(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int end, List<RecognizedSpan> mentions)
    {
        if (!IsNameWord(tokens[i].GetText(text)))
        {
            return 0;
        }

        var last = i;
        while (last < end && last - i < MaxNameTokens && IsNameWord(tokens[last].GetText(text)))
        {
            last++;
        }

        if (CueLength(text, tokens, last, end) == 0)
        {
            return last - i;
        }

        mentions.Add(new RecognizedSpan(i, last - i, EntityType.Facility, Confidence));
        return last - i;
    }

    /// <summary>How many tokens at <paramref name="i"/> make a facility head noun; 0 when none.</summary>
    private static int CueLength(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int end)
    {
        if (i >= end)
        {
            return 0;
        }

        var word = tokens[i].GetText(text);
        if (word is "airbase" or "airfield")
        {
            return 1;
        }

        var modifies = word is "air" or "naval" or "military" or "army";
        return modifies && i + 1 < end && tokens[i + 1].GetText(text) is "base" ? 2 : 0;
    }

    /// <summary>A capitalised word that is not a sentence word ("The", "A").</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word is not ("The" or "A" or "An" or "In" or "On" or "At" or "And" or "But" or "US" or "U.S.");
}
