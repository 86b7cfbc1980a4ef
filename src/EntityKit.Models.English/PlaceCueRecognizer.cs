using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// Labels the capitalised name after "the town of", "the city of", "the province of" and the like as a GPE —
/// "the town of Jurf Al Sakhar", "the city of Khan Younes". The statement is explicit in the text, while the model,
/// for a name it has never seen, goes by the name's look ("Al" + capitalised word is also how Arabic personal names
/// are written). Runs before the model, so its spans win the overlap.
/// </summary>
public sealed class PlaceCueRecognizer : TokenRuleRecognizer
{
    /// <summary>The confidence given to every cued place.</summary>
    public const float Confidence = 0.9f;

    /// <summary>Longest name taken after a cue, in tokens.</summary>
    public const int MaxNameTokens = 5;

    /// <inheritdoc/>
    public override string Name => "english-place-cues";

    /// <inheritdoc/>
    protected override int Match(ReadOnlySpan<char> text, ReadOnlySpan<TokenInfo> tokens, int i, int end, List<RecognizedSpan> mentions)
    {
        if (i + 2 >= end || !IsCue(tokens[i].GetText(text)) || !tokens[i + 1].GetText(text).SequenceEqual("of"))
        {
            return 0;
        }

        var first = i + 2;
        var last = first;
        while (last < end && last - first < MaxNameTokens && IsNameWord(tokens[last].GetText(text)))
        {
            last++;
        }

        if (last == first)
        {
            return 0;
        }

        mentions.Add(new RecognizedSpan(first, last - first, EntityType.Gpe, Confidence));
        return last - i;
    }

    /// <summary>Lower-case nouns that name a kind of populated place or administrative area.</summary>
    internal static bool IsCue(ReadOnlySpan<char> word) =>
        word is "town" or "city" or "village" or "villages" or "towns" or "cities" or "province" or "governorate"
            or "district" or "municipality" or "township" or "prefecture" or "county" or "emirate" or "kingdom"
            or "republic" or "state" or "borough" or "oblast" or "region";

    /// <summary>A capitalised word, not a sentence word that merely starts with a capital ("The", "In").</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word is not ("The" or "A" or "An" or "In" or "On" or "And" or "But");
}
