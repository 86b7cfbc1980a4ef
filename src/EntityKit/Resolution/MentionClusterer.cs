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
/// <b>first name</b> — a single-word mention, PERSON or with an honorific or title before it, equal to the first word
/// of a longer person name ("Joe" of "Joe Biden"; "Mr. Gao" of "Gao Xingjian", family name first) — but a given name
/// that is also a common word ("Bill", "Will", "Mark") joins only with an honorific or title before it;
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
        var longerByKey = new Dictionary<RuleKey, List<Group>>();
        var lookupKeys = new RuleKey[MaxLookupKeys];
        var candidates = new List<(Group Long, Rule Rule)>();
        var seen = new HashSet<Group>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.IsValue)
            {
                UnionAll(parent, group.Members);
                continue;
            }

            candidates.Clear();
            seen.Clear();
            foreach (var key in lookupKeys.AsSpan(0, LookupKeys(group.Name.Words, lookupKeys)))
            {
                if (longerByKey.TryGetValue(key, out var longerGroups))
                {
                    foreach (var longer in longerGroups)
                    {
                        var rule = seen.Add(longer) ? Match(group, longer) : Rule.None;
                        if (rule != Rule.None)
                        {
                            candidates.Add((longer, rule));
                        }
                    }
                }
            }

            var anchor = -1;
            foreach (var member in group.Members)
            {
                var target = Nearest(member, candidates, mentions[member], names[member]);
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

            Register(longerByKey, group);
        }

        return Number(parent);
    }

    private static List<Group> GroupByName(ImmutableArray<EntityMention> mentions, MentionName[] names)
    {
        var byKey = new Dictionary<GroupKey, Group>();
        var order = new List<Group>();
        for (var i = 0; i < mentions.Length; i++)
        {
            var isValue = NameLexicon.IsValueType(mentions[i].Type);
            var key = isValue ? new GroupKey(mentions[i].Type.Name, mentions[i].Text) : new GroupKey(null, names[i].Key);
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
        Rule.FirstName => name.HasPersonCue || (mention.Type == EntityType.Person && !NameLexicon.HasCommonNounReading(name.Words[0])),
        Rule.Acronym or Rule.Contraction => mention.Type != EntityType.Person,
        _ => false,
    };

    private static int Nearest(int member, List<(Group Long, Rule Rule)> candidates, in EntityMention mention, MentionName name)
    {
        int before = -1, after = -1;
        foreach (var (longer, rule) in candidates)
        {
            if (!IsEligible(rule, mention, name))
            {
                continue;
            }

            // Members are in text order: the insertion point splits them into those before and after the mention.
            var position = longer.Members.BinarySearch(member);
            var insertAt = position >= 0 ? position : ~position;
            if (insertAt > 0)
            {
                before = Math.Max(before, longer.Members[insertAt - 1]);
            }

            if (insertAt < longer.Members.Count && (after < 0 || longer.Members[insertAt] < after))
            {
                after = longer.Members[insertAt];
            }
        }

        return before >= 0 ? before : after;
    }

    /// <summary>
    /// The keys a longer name is filed under, one per rule that could match a shorter name to it: its last word
    /// (surname), first word (first name), initials with and without function words (acronym) and the first two
    /// letters of its first content word (contraction). A shorter name looks up the same keys of its own.
    /// </summary>
    private static void Register(Dictionary<RuleKey, List<Group>> longerByKey, Group group)
    {
        var words = group.Name.Words;
        if (words.Length < 2)
        {
            return;
        }

        Span<RuleKey> keys =
        [
            RuleKey.Whole('L', words[^1]),
            RuleKey.Whole('F', words[0]),
            RuleKey.Whole('A', Initials(words, skipFunctionWords: true)),
            RuleKey.Whole('A', Initials(words, skipFunctionWords: false)),
            ContractionKey(words.FirstOrDefault(w => !NameLexicon.IsFunctionWord(w))),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key.IsNone || keys[..i].Contains(key))
            {
                continue;
            }

            if (!longerByKey.TryGetValue(key, out var list))
            {
                longerByKey[key] = list = [];
            }

            list.Add(group);
        }
    }

    /// <summary>Writes the keys a shorter name looks up into <paramref name="keys"/>; returns how many.</summary>
    private static int LookupKeys(ImmutableArray<string> words, Span<RuleKey> keys)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        var count = 0;
        keys[count++] = RuleKey.Whole('L', words[^1]);
        if (words.Length == 1)
        {
            keys[count++] = RuleKey.Whole('F', words[0]);
            if (AcronymLetters(words[0]) is { } letters)
            {
                keys[count++] = RuleKey.Whole('A', letters);
            }

            if (ContractionKey(words[0]) is { IsNone: false } contraction)
            {
                keys[count++] = contraction;
            }
        }

        return count;
    }

    private static RuleKey ContractionKey(string? word) =>
        word is { Length: >= 2 } ? new RuleKey('C', word, 2) : default;

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

    internal static bool IsAcronymOf(string candidate, ImmutableArray<string> words) =>
        AcronymLetters(candidate) is { } letters
        && (letters == Initials(words, skipFunctionWords: true) || letters == Initials(words, skipFunctionWords: false));

    /// <summary>"PMF", "U.S.", "DoD" as upper-case letters: 2–16 letters (dots ignored), at least two of them
    /// capitals, the first a capital; null for anything else.</summary>
    private static string? AcronymLetters(string candidate)
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
                return null;
            }

            upper += char.IsUpper(c) ? 1 : 0;
            letters[count++] = char.ToUpperInvariant(c);
        }

        return count >= 2 && upper >= 2 && char.IsUpper(candidate[0]) ? new string(letters[..count]) : null;
    }

    /// <summary>The upper-case first letters of the words (and of each hyphenated part).</summary>
    private static string Initials(ImmutableArray<string> words, bool skipFunctionWords)
    {
        Span<char> initials = stackalloc char[32];
        var count = 0;
        foreach (var word in words)
        {
            if (skipFunctionWords && NameLexicon.IsFunctionWord(word))
            {
                continue;
            }

            foreach (var range in word.AsSpan().Split('-'))
            {
                var part = word.AsSpan()[range];
                if (!part.IsEmpty && char.IsLetter(part[0]) && count < initials.Length)
                {
                    initials[count++] = char.ToUpperInvariant(part[0]);
                }
            }
        }

        return new string(initials[..count]);
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

    /// <summary>The most keys <see cref="LookupKeys"/> writes.</summary>
    private const int MaxLookupKeys = 4;

    /// <summary>
    /// A rule's key: its kind ('L' last word, 'F' first word, 'A' acronym letters, 'C' the first two letters) and the
    /// first <see cref="Length"/> characters of <see cref="Text"/>, compared without case (as upper-cased strings
    /// were), without building a string per key.
    /// </summary>
    private readonly struct RuleKey(char kind, string text, int length) : IEquatable<RuleKey>
    {
        public char Kind { get; } = kind;

        public string? Text { get; } = text;

        public int Length { get; } = length;

        public bool IsNone => Text is null;

        public static RuleKey Whole(char kind, string text) => new(kind, text, text.Length);

        public bool Equals(RuleKey other) =>
            Kind == other.Kind && Length == other.Length
            && (Text is null ? other.Text is null
                : other.Text is not null && Text.AsSpan(0, Length).Equals(other.Text.AsSpan(0, other.Length), StringComparison.OrdinalIgnoreCase));

        public override bool Equals(object? obj) => obj is RuleKey other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(Kind, Text is null ? 0 : string.GetHashCode(Text.AsSpan(0, Length), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The key mentions are grouped by: a name's own key (exact), or for a value mention its type and text without case.
    /// </summary>
    private readonly struct GroupKey(string? valueType, string text) : IEquatable<GroupKey>
    {
        public string? ValueType { get; } = valueType;

        public string Text { get; } = text;

        public bool Equals(GroupKey other) =>
            string.Equals(ValueType, other.ValueType, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, ValueType is null ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(
            ValueType is null ? 0 : string.GetHashCode(ValueType, StringComparison.Ordinal),
            string.GetHashCode(Text, ValueType is null ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
    }
}
