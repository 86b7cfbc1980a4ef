using System.Collections.Immutable;

namespace EntityKit.Tests.Resolution;

/// <summary>Builds hand-made mentions for a composed text: every whole-word occurrence of each phrase.</summary>
internal static class Mentions
{
    public static ImmutableArray<EntityMention> Find(string text, params (string Phrase, EntityType Type)[] phrases) =>
        Find(text, [.. phrases.Select(p => (p.Phrase, p.Type, 0.9))]);

    public static ImmutableArray<EntityMention> Find(string text, params (string Phrase, EntityType Type, double Confidence)[] phrases)
    {
        var found = new List<EntityMention>();
        foreach (var (phrase, type, confidence) in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                var wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (wholeWord && !found.Any(m => m.Start < end && at < m.End))
                {
                    found.Add(new EntityMention(at, end, phrase, type, confidence, 0, 1));
                }
            }
        }

        return [.. found.OrderBy(m => m.Start)];
    }
}
