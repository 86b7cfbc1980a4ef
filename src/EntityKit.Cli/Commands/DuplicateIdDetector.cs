using System.Collections.Concurrent;
using EntityKit.Input;

namespace EntityKit.Cli.Commands;

/// <summary>
/// Notices article ids seen before in a run. Both records are kept (the tool never drops an article); a warning
/// naming both locations is queued for standard error. Only a 64-bit hash of each id and where it was first seen (a
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
    private readonly ConcurrentQueue<string> _warnings = new();

    /// <summary>Creates a detector.</summary>
    /// <param name="maxTrackedIds">How many distinct ids to remember at the most.</param>
    public DuplicateIdDetector(int maxTrackedIds = DefaultMaxTrackedIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTrackedIds, 1);
        _maxTrackedIds = maxTrackedIds;
    }

    /// <summary>Records the input's id; queues a warning when it was seen before. Returns the input unchanged.</summary>
    /// <remarks>Called by the one thread that reads the source.</remarks>
    public ArticleInput Observe(ArticleInput input)
    {
        if (!input.IsArticle)
        {
            return input;
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
            _warnings.Enqueue($"duplicate id '{input.Id}' at {input.Location} (first at {first}); both records are analysed and written.");
        }
        else if (_firstSeen.Count < _maxTrackedIds)
        {
            _firstSeen.Add(hash, (_sources.Count - 1, input.Line));
        }
        else if (!_capNoticeGiven)
        {
            _capNoticeGiven = true;
            _warnings.Enqueue(
                $"duplicate-id checking remembers the first {_maxTrackedIds:N0} distinct ids only, to keep memory bounded; ids first seen from {input.Location} on are not checked.");
        }

        return input;
    }

    /// <summary>Takes the next queued warning.</summary>
    public bool TryTakeWarning(out string warning) => _warnings.TryDequeue(out warning!);

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
