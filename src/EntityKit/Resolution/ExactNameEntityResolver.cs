using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// The simplest resolver: mentions with the same type and the same text (ignoring case) form one entity. Salience
/// grows with the number of mentions and with how early the first one is.
/// </summary>
public sealed class ExactNameEntityResolver : IEntityResolver
{
    /// <inheritdoc/>
    public ImmutableArray<Entity> Resolve(string text, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mentions.IsDefaultOrEmpty)
        {
            return [];
        }

        var groups = new Dictionary<(EntityType Type, string Key), List<int>>();
        for (var i = 0; i < mentions.Length; i++)
        {
            var key = (mentions[i].Type, mentions[i].Text.ToUpperInvariant());
            if (!groups.TryGetValue(key, out var indexes))
            {
                groups[key] = indexes = [];
            }

            indexes.Add(i);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var maxCount = groups.Values.Max(g => g.Count);
        var entities = new List<Entity>(groups.Count);
        foreach (var ((type, _), indexes) in groups)
        {
            var first = mentions[indexes[0]];
            var frequency = (double)indexes.Count / maxCount;
            var position = text.Length == 0 ? 1.0 : 1.0 - ((double)first.Start / text.Length);
            var salience = Math.Clamp((0.7 * frequency) + (0.3 * position), 0, 1);
            var aliases = indexes.Select(i => mentions[i].Text).Distinct(StringComparer.Ordinal).Where(a => a != first.Text);
            entities.Add(new Entity(first.Text, type, aliases, indexes, salience, firstOffset: first.Start));
        }

        entities.Sort(static (a, b) => b.Salience != a.Salience
            ? b.Salience.CompareTo(a.Salience)
            : a.MentionIndexes[0].CompareTo(b.MentionIndexes[0]));
        return [.. entities];
    }
}
