using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// The default resolver: clusters an article's mentions into entities with full names and their short forms
/// ("Lloyd Austin" … "Mr Austin"), acronyms and contractions ("Popular Mobilisation Forces" … "PMF", "Central
/// Command" … "Centcom"), possessives ("Iraq’s") and honorifics or titles kept out of names; records the roles the
/// article gives each person; and scores salience. The rules and their order are listed in docs/ARTICLES.md.
/// </summary>
/// <remarks>
/// <para>An entity is a cluster of mentions of one type: a cluster whose mentions still disagree on type (because
/// <see cref="DocumentTypeConsistency"/> is off or kept a strong minority) gives one entity per type.</para>
/// <para>The canonical name is the fullest form (most words, then most characters, then earliest) without "the",
/// possessive, honorific or title; aliases are the other forms, plus honorific forms such as "Mr Austin" as written.
/// Entities are sorted by salience, then by first mention. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ArticleEntityResolver : IEntityResolver
{
    /// <summary>A shared instance; the resolver has no state.</summary>
    public static ArticleEntityResolver Default { get; } = new();

    /// <inheritdoc/>
    public ImmutableArray<Entity> Resolve(string text, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken) =>
        Resolve(new ResolutionInput(text, mentions), cancellationToken);

    /// <inheritdoc/>
    public ImmutableArray<Entity> Resolve(ResolutionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mentions = input.Mentions;
        if (mentions.IsEmpty)
        {
            return [];
        }

        var text = input.Text;
        var clustering = input.Clustering is { } given && given.IsFor(mentions)
            ? given
            : MentionClustering.Compute(text, mentions, cancellationToken);
        var names = clustering.Names;
        var clusters = clustering.Clusters;
        var groups = new Dictionary<(int Cluster, EntityType Type), List<int>>();
        var order = new List<(int Cluster, EntityType Type)>();
        for (var i = 0; i < mentions.Length; i++)
        {
            var key = (clusters[i], mentions[i].Type);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }

            members.Add(i);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var scorer = new SalienceScorer(input, groups.Values.Max(g => g.Count));
        var entities = new List<Entity>(order.Count);
        foreach (var key in order)
        {
            entities.Add(BuildEntity(text, mentions, names, key.Type, groups[key], scorer));
        }

        entities.Sort(static (a, b) => b.Salience != a.Salience
            ? b.Salience.CompareTo(a.Salience)
            : a.FirstOffset.CompareTo(b.FirstOffset));
        return [.. entities];
    }

    private static Entity BuildEntity(
        string text, ImmutableArray<EntityMention> mentions, MentionName[] names, EntityType type, List<int> members, SalienceScorer scorer)
    {
        var canonical = members[0];
        foreach (var index in members)
        {
            var best = names[canonical];
            var candidate = names[index];
            if (candidate.Words.Length > best.Words.Length
                || (candidate.Words.Length == best.Words.Length && candidate.Text.Length > best.Text.Length))
            {
                canonical = index;
            }
        }

        var name = names[canonical].Text;
        var aliases = new List<string>();
        var roles = new List<string>();
        foreach (var index in members)
        {
            AddAlias(aliases, name, names[index].Text);
            if (names[index].Honorific is { } honorific)
            {
                AddAlias(aliases, name, honorific + " " + names[index].Text);
            }

            if (type == EntityType.Person)
            {
                RoleFinder.AddRoles(text, mentions, names, index, roles);
            }
        }

        var salience = scorer.Score(mentions, members, type, name, aliases);
        return new Entity(name, type, aliases, members, salience, roles, mentions[members[0]].Start);
    }

    private static void AddAlias(List<string> aliases, string name, string alias)
    {
        if (!alias.Equals(name, StringComparison.OrdinalIgnoreCase) && !aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
        {
            aliases.Add(alias);
        }
    }
}
