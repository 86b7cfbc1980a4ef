using EntityKit.Input;

namespace EntityKit.Cli.Commands;

/// <summary>
/// Notices article ids seen before in a run. Both records are kept (the tool never drops an article); a warning
/// naming both locations goes with the second one's result. Only a 64-bit hash of each id and where it was first seen (a
/// source number and a line) are kept: a few dozen bytes per article, whatever the ids' length. To keep a run's memory
/// bounded whatever its length, at most <see cref="DefaultMaxTrackedIds"/> distinct ids are remembered; after that,
/// repeats of remembered ids are still reported, new ids are not remembered, and one notice says so.
/// </summary>
internal sealed class DuplicateIdDetector
{
    /// <summary>About 80 MB of tracking at the most.</summary>
    public const int DefaultMaxTrackedIds = 2_000_000;

    private readonly Dictionary<ulong, (int Source, long Line)> _firstSeen = [];
    private readonly int _maxTrackedIds;
    private bool _capNoticeGiven;
    private readonly List<string> _sources = [];

    /// <summary>Creates a detector.</summary>
    /// <param name="maxTrackedIds">How many distinct ids to remember at the most.</param>
    public DuplicateIdDetector(int maxTrackedIds = DefaultMaxTrackedIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTrackedIds, 1);
        _maxTrackedIds = maxTrackedIds;
    }

    /// <summary>Records the input's id. Returns a warning when the id was seen before (or, once, when the bound is
    /// reached and ids from this record on are no longer remembered); null otherwise.</summary>
    /// <remarks>Not thread-safe: call it for each record in input order, from one thread (the one that writes the results).</remarks>
    public string? Observe(ArticleInput input)
    {
        if (!input.IsArticle)
        {
            return null;
        }

        if (_sources.Count == 0 || _sources[^1] != input.Source)
        {
            _sources.Add(input.Source);
        }

        var hash = Hash(input.Id);
        if (_firstSeen.TryGetValue(hash, out var firstSeen))
        {
            var (source, line) = firstSeen;
            var first = line > 0 ? $"{_sources[source]}:{line}" : _sources[source];
            return $"duplicate id '{input.Id}' at {input.Location} (first at {first}); both records are analysed and written.";
        }

        if (_firstSeen.Count < _maxTrackedIds)
        {
            _firstSeen.Add(hash, (_sources.Count - 1, input.Line));
            return null;
        }

        if (_capNoticeGiven)
        {
            return null;
        }

        _capNoticeGiven = true;
        return $"duplicate-id checking remembers the first {_maxTrackedIds:N0} distinct ids only, to keep memory bounded; ids first seen from {input.Location} on are not checked.";
    }

    /// <summary>FNV-1a over the UTF-16 code units: 64 bits make an accidental collision in a billion ids unlikely.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
