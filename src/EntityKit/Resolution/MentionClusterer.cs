using System.Collections.Immutable;

namespace EntityKit.Resolution;

/// <summary>
/// Clusters the mentions of one article by name, without looking at their types (types are settled afterwards by
/// <see cref="DocumentTypeConsistency"/> and split by <see cref="ArticleEntityResolver"/>). Rules, in order:
/// <list type="number">
/// <item><description><b>Same name</b>: mentions whose names (see <see cref="MentionName"/>) are equal ignoring case
/// form a group. Values (dates, numbers…) group only with the same text and type and take part in nothing else.</description></item>
/// <item><description>Groups are then visited from the longest name to the shortest; each mention of a shorter group
/// joins a longer group it is a short form of, by these rules:
/// <b>surname</b> — its words are the last words of a longer person name ("Austin", "Al Sudani" of "Mohammed Shia
/// Al Sudani"), the mention being a PERSON or preceded by an honorific or title;
/// <b>first name</b> — a single-word PERSON mention equal to the first word of a longer person name;
/// <b>acronym</b> — a single upper-case word spelling the initials of a longer non-person name, with or without its
/// function words ("PMF" of "the Popular Mobilisation Forces", "US" of "United States");
/// <b>contraction</b> — a single word made of the leading letters (two or more) of each word of a longer non-person
/// name ("Centcom" of "Central Command").</description></item>
/// <item><description>When a mention could join several groups, it joins the one mentioned most recently before it,
/// or else the first one after it.</description></item>
/// </list>
/// </summary>
internal static class MentionClusterer
{
    /// <summary>Returns a cluster number per mention; clusters are numbered in order of their first mention.</summary>
    public static int[] Cluster(ImmutableArray<EntityMention> mentions, MentionName[] names, CancellationToken cancellationToken)
    {
        var parent = new int[mentions.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var groups = GroupByName(mentions, names);
        var processed = new List<Group>(groups.Count);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.IsValue)
            {
                UnionAll(parent, group.Members);
                continue;
            }

            var candidates = new List<(Group Long, Rule Rule)>();
            foreach (var longer in processed)
            {
                var rule = Match(group, longer);
                if (rule != Rule.None)
                {
                    candidates.Add((longer, rule));
                }
            }

            var anchor = -1;
            foreach (var member in group.Members)
            {
                var target = Nearest(mentions, member, candidates, mentions[member], names[member]);
                if (target >= 0)
                {
                    Union(parent, member, target);
                }
                else if (anchor < 0)
                {
                    anchor = member;
                }
                else
                {
                    Union(parent, member, anchor);
                }
            }

            processed.Add(group);
        }

        return Number(parent);
    }

    private static List<Group> GroupByName(ImmutableArray<EntityMention> mentions, MentionName[] names)
    {
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();
        for (var i = 0; i < mentions.Length; i++)
        {
            var isValue = NameLexicon.IsValueType(mentions[i].Type);
            var key = isValue ? mentions[i].Type.Name + "\u0001" + mentions[i].Text.ToUpperInvariant() : names[i].Key;
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = new Group(names[i], isValue);
                order.Add(group);
            }

            group.Members.Add(i);
            group.IsPersonish |= mentions[i].Type == EntityType.Person || names[i].HasPersonCue;
        }

        // Longest names first, so that short forms find every long form already grouped.
        order.Sort(static (a, b) => a.Name.Words.Length != b.Name.Words.Length
            ? b.Name.Words.Length.CompareTo(a.Name.Words.Length)
            : a.Name.Key.Length != b.Name.Key.Length ? b.Name.Key.Length.CompareTo(a.Name.Key.Length) : a.Members[0].CompareTo(b.Members[0]));
        return order;
    }

    private static Rule Match(Group shorter, Group longer)
    {
        var s = shorter.Name.Words;
        var l = longer.Name.Words;
        if (s.Length == 0 || s.Length >= l.Length)
        {
            return Rule.None;
        }

        if (longer.IsPersonish)
        {
            if (IsSuffix(s, l) && !AllParticles(s))
            {
                return Rule.Surname;
            }

            return s.Length == 1 && string.Equals(s[0], l[0], StringComparison.OrdinalIgnoreCase) && !NameLexicon.IsParticle(s[0])
                ? Rule.FirstName
                : Rule.None;
        }

        if (s.Length == 1 && IsAcronymOf(s[0], l))
        {
            return Rule.Acronym;
        }

        return s.Length == 1 && IsContractionOf(s[0], l) ? Rule.Contraction : Rule.None;
    }

    /// <summary>Whether a mention may join a longer group by a rule: person rules need person evidence.</summary>
    private static bool IsEligible(Rule rule, in EntityMention mention, MentionName name) => rule switch
    {
        Rule.Surname => mention.Type == EntityType.Person || name.HasPersonCue,
        Rule.FirstName => mention.Type == EntityType.Person && name.Honorific is null,
        Rule.Acronym or Rule.Contraction => mention.Type != EntityType.Person,
        _ => false,
    };

    private static int Nearest(
        ImmutableArray<EntityMention> mentions, int member, List<(Group Long, Rule Rule)> candidates, in EntityMention mention, MentionName name)
    {
        int before = -1, after = -1;
        foreach (var (longer, rule) in candidates)
        {
            if (!IsEligible(rule, mention, name))
            {
                continue;
            }

            foreach (var other in longer.Members)
            {
                if (other < member && (before < 0 || mentions[other].Start > mentions[before].Start))
                {
                    before = other;
                }
                else if (other > member && (after < 0 || mentions[other].Start < mentions[after].Start))
                {
                    after = other;
                }
            }
        }

        return before >= 0 ? before : after;
    }

    private static bool IsSuffix(ImmutableArray<string> shorter, ImmutableArray<string> longer)
    {
        var offset = longer.Length - shorter.Length;
        for (var i = 0; i < shorter.Length; i++)
        {
            if (!string.Equals(shorter[i], longer[offset + i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllParticles(ImmutableArray<string> words)
    {
        foreach (var word in words)
        {
            if (!NameLexicon.IsParticle(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"PMF", "U.S.", "DoD": at least two upper-case letters, first letter upper-case.</summary>
    internal static bool IsAcronymOf(string candidate, ImmutableArray<string> words)
    {
        Span<char> letters = stackalloc char[16];
        var count = 0;
        var upper = 0;
        foreach (var c in candidate)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsLetter(c) || count == letters.Length)
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
            letters[count++] = char.ToUpperInvariant(c);
        }

        if (count < 2 || upper < 2 || !char.IsUpper(candidate[0]))
        {
            return false;
        }

        var acronym = letters[..count];
        return InitialsEqual(acronym, words, skipFunctionWords: true) || InitialsEqual(acronym, words, skipFunctionWords: false);
    }

    private static bool InitialsEqual(ReadOnlySpan<char> acronym, ImmutableArray<string> words, bool skipFunctionWords)
    {
        var position = 0;
        foreach (var word in words)
        {
            if (skipFunctionWords && NameLexicon.IsFunctionWord(word))
            {
                continue;
            }

            foreach (var range in word.AsSpan().Split('-'))
            {
                var part = word.AsSpan()[range];
                if (part.IsEmpty || !char.IsLetter(part[0]))
                {
                    continue;
                }

                if (position >= acronym.Length || char.ToUpperInvariant(part[0]) != acronym[position])
                {
                    return false;
                }

                position++;
            }
        }

        return position == acronym.Length && position >= 2;
    }

    /// <summary>"Centcom" of "Central Command": leading letters (at least two) of every content word, in order.</summary>
    internal static bool IsContractionOf(string candidate, ImmutableArray<string> words)
    {
        if (candidate.Length < 4 || !char.IsUpper(candidate[0]) || !candidate.All(char.IsLetter))
        {
            return false;
        }

        var content = words.Where(w => !NameLexicon.IsFunctionWord(w)).ToArray();
        return content.Length >= 2 && MatchesPrefixes(candidate.AsSpan(), content, 0);
    }

    private static bool MatchesPrefixes(ReadOnlySpan<char> rest, string[] words, int index)
    {
        if (index == words.Length)
        {
            return rest.IsEmpty;
        }

        var word = words[index];
        var longest = Math.Min(word.Length, rest.Length - (words.Length - index - 1) * 2);
        for (var length = longest; length >= 2; length--)
        {
            if (rest[..length].Equals(word.AsSpan(0, length), StringComparison.OrdinalIgnoreCase)
                && MatchesPrefixes(rest[length..], words, index + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static void UnionAll(int[] parent, List<int> members)
    {
        for (var i = 1; i < members.Count; i++)
        {
            Union(parent, members[i], members[0]);
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }

    private static int[] Number(int[] parent)
    {
        var numbers = new int[parent.Length];
        var byRoot = new Dictionary<int, int>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(parent, i);
            if (!byRoot.TryGetValue(root, out var number))
            {
                byRoot[root] = number = byRoot.Count;
            }

            numbers[i] = number;
        }

        return numbers;
    }

    private enum Rule
    {
        None,
        Surname,
        FirstName,
        Acronym,
        Contraction,
    }

    private sealed class Group(MentionName name, bool isValue)
    {
        public MentionName Name { get; } = name;

        public bool IsValue { get; } = isValue;

        public List<int> Members { get; } = [];

        public bool IsPersonish { get; set; }
    }
}
