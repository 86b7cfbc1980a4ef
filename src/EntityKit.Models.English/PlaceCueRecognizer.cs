using EntityKit.Recognition;

namespace EntityKit.Models.English;

/// <summary>
/// Labels the capitalised name after "the town of", "the city of", "the province of" and the like as a GPE —
/// "the town of Jurf Al Sakhar", "the city of Khan Younes". The statement is explicit in the text, while the model,
/// for a name it has never seen, goes by the name's look ("Al" + capitalised word is also how Arabic personal names
/// are written). Runs before the model, so its spans win the overlap.
/// </summary>
/// <remarks>Stateless, thread-safe and allocation-free.</remarks>
public sealed class PlaceCueRecognizer : IMentionRecognizer
{
    /// <summary>The confidence given to every cued place.</summary>
    public const float Confidence = 0.9f;

    /// <summary>Longest name taken after a cue, in tokens.</summary>
    public const int MaxNameTokens = 5;

    /// <inheritdoc/>
    public string Name => "english-place-cues";

    /// <inheritdoc/>
    public MentionSource Source => MentionSource.Pattern;

    /// <inheritdoc/>
    public void Recognize(in RecognitionInput input, List<RecognizedSpan> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var text = input.Text;
        var tokens = input.Tokens;
        foreach (var sentence in input.Sentences)
        {
            for (var i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
            {
                if (!IsCue(tokens[i].GetText(text)) || !tokens[i + 1].GetText(text).SequenceEqual("of"))
                {
                    continue;
                }

                var first = i + 2;
                var end = first;
                while (end < sentence.EndToken && end - first < MaxNameTokens && IsNameWord(tokens[end].GetText(text)))
                {
                    end++;
                }

                if (end > first)
                {
                    mentions.Add(new RecognizedSpan(first, end - first, EntityType.Gpe, Confidence));
                    i = end - 1;
                }
            }
        }
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
