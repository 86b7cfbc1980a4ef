using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// Document-level type consistency: within one article, the mentions of one name — with its short forms, acronyms
/// and contractions, clustered as <see cref="ArticleEntityResolver"/> does — take one type, unless they strongly
/// disagree. The analyzer runs it between recognition and resolution when
/// <see cref="AnalyzerOptions.EnforceTypeConsistency"/> is true.
/// </summary>
/// <remarks>
/// <para>The vote: each mention gives its type its confidence; a mention with a person cue (an honorific or title
/// just before it, as in "Mr Austin") also gives PERSON one full vote. The type with the highest score wins. When
/// some mentions of the name were asserted by a dictionary, pattern or correction rather than guessed by the model,
/// only those vote, they are never retyped, and the model's mentions take their type ("the city of Khan Younes"
/// makes the article's other "Khan Younes" places).</para>
/// <para>Another type keeps its mentions (the contexts strongly disagree, as with "Jordan" the country and "Jordan"
/// the player) only when its score is at least <see cref="MinorityKeepRatio"/> of the winner's and one of its
/// mentions has a confidence of at least <see cref="StrongConfidence"/>. Otherwise its mentions are retyped to the
/// winner and marked <see cref="MentionSource.Correction"/>; their offsets and confidence stay.</para>
/// <para>NORP and LANGUAGE never override each other, since one word names both a people and its language
/// ("French troops", "speaks French"). Values (dates, numbers…) are never retyped. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DocumentTypeConsistency
{
    /// <summary>A minority type whose score reaches this share of the winner's may keep its mentions.</summary>
    public const double MinorityKeepRatio = 0.5;

    /// <summary>A minority type keeps its mentions only if one of them is at least this confident.</summary>
    public const double StrongConfidence = 0.9;

    private const double PersonCueVote = 1.0;


    /// <summary>Returns the mentions with types made consistent per name; the same array when nothing changed.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="mentions">Its mentions, in text order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<EntityMention> Apply(string text, ImmutableArray<EntityMention> mentions, CancellationToken cancellationToken = default) =>
        Apply(text, mentions, out _, cancellationToken);

    /// <summary>
    /// <see cref="Apply(string, ImmutableArray{EntityMention}, CancellationToken)"/>, also handing out the clustering
    /// it computed when it still holds (no mention became or stopped being a PERSON), so that resolution need not
    /// compute it again.
    /// </summary>
    internal ImmutableArray<EntityMention> Apply(
        string text, ImmutableArray<EntityMention> mentions, out MentionClustering? unchangedClustering, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        unchangedClustering = null;
        if (mentions.IsDefaultOrEmpty || mentions.Length == 1)
        {
            return mentions.IsDefault ? [] : mentions;
        }

        var clustering = MentionClustering.Compute(text, mentions, cancellationToken);
        var names = clustering.Names;
        var clusters = clustering.Clusters;
        var members = new List<int>[clusters.Max() + 1];
        for (var i = 0; i < clusters.Length; i++)
        {
            (members[clusters[i]] ??= []).Add(i);
        }

        ImmutableArray<EntityMention>.Builder? changed = null;
        var personChanged = false;
        foreach (var cluster in members)
        {
            if (cluster.Count < 2 || NameLexicon.IsValueType(mentions[cluster[0]].Type) || !HasMixedTypes(mentions, cluster))
            {
                continue;
            }

            var asserted = cluster.Exists(index => IsAsserted(mentions[index]));
            var scores = Vote(mentions, names, cluster, asserted);
            var winner = Winner(scores, mentions, cluster);
            foreach (var index in cluster)
            {
                var type = mentions[index].Type;
                if (type == winner || IsAsserted(mentions[index])
                    || (asserted ? IsNationalityLanguagePair(type, winner) : KeepsType(type, scores, winner, mentions, cluster)))
                {
                    continue;
                }

                changed ??= mentions.ToBuilder();
                changed[index] = mentions[index] with { Type = winner, Source = MentionSource.Correction };
                personChanged |= type == EntityType.Person || winner == EntityType.Person;
            }
        }

        if (changed is null)
        {
            unchangedClustering = clustering;
            return mentions;
        }

        var result = changed.MoveToImmutable();
        if (!personChanged)
        {
            // Names and clusters depend on a mention's type only through "is it a PERSON" and "is it a value", and
            // values are never retyped: the clustering still holds for the retyped mentions.
            unchangedClustering = clustering with { Mentions = result };
        }

        return result;
    }

    /// <summary>Mentions from dictionaries, patterns and corrections: asserted, so never retyped, and heavy in the vote.</summary>
    private static bool IsAsserted(in EntityMention mention) => mention.Source != MentionSource.Model;

    /// <summary>NORP and LANGUAGE share their words ("French troops", "speaks French"): context decides, not the vote.</summary>
    private static bool IsNationalityLanguagePair(EntityType a, EntityType b) =>
        (a == EntityType.Norp && b == EntityType.Language) || (a == EntityType.Language && b == EntityType.Norp);

    private static bool HasMixedTypes(ImmutableArray<EntityMention> mentions, List<int> cluster)
    {
        foreach (var index in cluster)
        {
            if (mentions[index].Type != mentions[cluster[0]].Type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The score of each type; when some mentions are asserted, only they vote.</summary>
    private static Dictionary<EntityType, double> Vote(ImmutableArray<EntityMention> mentions, MentionName[] names, List<int> cluster, bool asserted)
    {
        var scores = new Dictionary<EntityType, double>();
        foreach (var index in cluster)
        {
            if (asserted && !IsAsserted(mentions[index]))
            {
                continue;
            }

            var type = mentions[index].Type;
            scores[type] = scores.GetValueOrDefault(type) + mentions[index].Confidence;
            if (names[index].HasPersonCue)
            {
                scores[EntityType.Person] = scores.GetValueOrDefault(EntityType.Person) + PersonCueVote;
            }
        }

        return scores;
    }

    /// <summary>The best-scored type; ties go to the type of the earliest mention among them.</summary>
    private static EntityType Winner(Dictionary<EntityType, double> scores, ImmutableArray<EntityMention> mentions, List<int> cluster)
    {
        var best = scores.Values.Max();
        foreach (var index in cluster)
        {
            if (scores.TryGetValue(mentions[index].Type, out var score) && score == best)
            {
                return mentions[index].Type;
            }
        }

        return scores.First(pair => pair.Value == best).Key;
    }

    private static bool KeepsType(
        EntityType type, Dictionary<EntityType, double> scores, EntityType winner, ImmutableArray<EntityMention> mentions, List<int> cluster)
    {
        if (IsNationalityLanguagePair(type, winner))
        {
            return true;
        }

        if (scores[type] < MinorityKeepRatio * scores[winner])
        {
            return false;
        }

        foreach (var index in cluster)
        {
            if (mentions[index].Type == type && mentions[index].Confidence >= StrongConfidence)
            {
                return true;
            }
        }

        return false;
    }
}
