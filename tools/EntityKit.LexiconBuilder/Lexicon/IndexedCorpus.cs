namespace EntityKit.Training.Lexicon;

/// <summary>
/// A corpus turned into a stream of token ids: <see cref="Tokens"/> holds one id per token, with
/// <see cref="SegmentBreak"/> between segments (sentences or line parts), and <see cref="Counts"/> the frequency of
/// each id. Ids are dense, in first-seen order.
/// </summary>
public sealed class IndexedCorpus
{
    /// <summary>The id that separates segments in <see cref="Tokens"/>.</summary>
    public const int SegmentBreak = -1;

    /// <summary>Creates an indexed corpus.</summary>
    /// <param name="words">The token string of each id.</param>
    /// <param name="counts">The frequency of each id.</param>
    /// <param name="tokens">The id stream with segment breaks.</param>
    /// <param name="tokenCount">How many items of <paramref name="tokens"/> are used.</param>
    /// <param name="skippedSegments">Segments left out because of their case style.</param>
    public IndexedCorpus(IReadOnlyList<string> words, IReadOnlyList<long> counts, int[] tokens, int tokenCount, long skippedSegments)
    {
        Words = words;
        Counts = counts;
        Tokens = tokens;
        TokenCount = tokenCount;
        SkippedSegments = skippedSegments;
    }

    /// <summary>The token string of each id.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The frequency of each id.</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>The id stream; only the first <see cref="TokenCount"/> items are used.</summary>
    public int[] Tokens { get; }

    /// <summary>How many items of <see cref="Tokens"/> are used (tokens plus segment breaks).</summary>
    public int TokenCount { get; }

    /// <summary>Segments left out because they were headline-cased.</summary>
    public long SkippedSegments { get; }

    /// <summary>
    /// Reads lines, tokenises each with <paramref name="splitter"/>, cuts it into segments after <c>.</c>,
    /// <c>?</c> and <c>!</c>, leaves out headline-cased segments (<see cref="CaseStyleDetector"/>) and indexes the rest.
    /// </summary>
    /// <param name="lines">The corpus, one document or paragraph per line.</param>
    /// <param name="splitter">The tokenisation (<see cref="TokenStringSplitters"/>).</param>
    /// <param name="progress">Receives a progress line now and then; may be null.</param>
    public static IndexedCorpus Build(IEnumerable<string> lines, TokenStringSplitter splitter, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(splitter);
        var ids = new Dictionary<string, int>(1 << 20, StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new List<long>();
        var stream = new int[1 << 24];
        var used = 0;
        long skipped = 0;
        long lineCount = 0;
        var tokens = new List<string>(256);
        var segment = new List<string>(128);

        foreach (var line in lines)
        {
            lineCount++;
            tokens.Clear();
            splitter(line, tokens);
            segment.Clear();
            for (var i = 0; i < tokens.Count; i++)
            {
                segment.Add(tokens[i]);
                if (tokens[i] is "." or "?" or "!" || i == tokens.Count - 1)
                {
                    if (CaseStyleDetector.IsHeadlineCase(segment))
                    {
                        skipped++;
                    }
                    else
                    {
                        Append(segment);
                    }

                    segment.Clear();
                }
            }

            if (lineCount % 100_000 == 0)
            {
                progress?.Invoke($"indexed {lineCount:N0} lines, {used:N0} ids, {words.Count:N0} types, {skipped:N0} headline segments skipped");
            }
        }

        return new IndexedCorpus(words, counts, stream, used, skipped);

        void Append(List<string> seg)
        {
            if (used + seg.Count + 1 > stream.Length)
            {
                Array.Resize(ref stream, Math.Max(stream.Length * 2, used + seg.Count + 1));
            }

            foreach (var token in seg)
            {
                if (!ids.TryGetValue(token, out var id))
                {
                    id = words.Count;
                    ids.Add(token, id);
                    words.Add(token);
                    counts.Add(0);
                }

                counts[id]++;
                stream[used++] = id;
            }

            stream[used++] = SegmentBreak;
        }
    }
}
