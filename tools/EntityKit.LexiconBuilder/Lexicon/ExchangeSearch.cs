using System.Diagnostics;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// One run of the predictive exchange algorithm (Uszkoreit &amp; Brants 2008) over <see cref="SuccessorBigrams"/>:
/// it maximises the likelihood of the class bigram model P(w | v) = P(w | c(w)) · P(c(w) | v), whose variable part is
/// Σ<sub>v,c</sub> f(N(v,c)) − Σ<sub>c</sub> f(N(c)) with f(x) = x log x, N(v,c) the bigrams from predecessor v into
/// class c and N(c) the bigrams into class c. Words are moved one at a time, in decreasing frequency, to the class
/// that raises the likelihood most. Given a second table of right contexts (the corpus read backwards), it maximises
/// the sum of both directions' likelihoods, like the bidirectional exchange of Dehdari, Tan &amp; van Genabith (2016).
/// </summary>
internal sealed class ExchangeSearch
{
    private const int TableSize = 1 << 16;

    private readonly SuccessorBigrams[] _directions;
    private readonly SuccessorBigrams _bigrams;
    private readonly int _classes;
    private readonly ExchangeClusterOptions _options;
    private readonly Action<string>? _progress;
    private readonly int[][] _rows;         // per direction, N(v, c): context v's row of K class counts
    private readonly long[] _classTotals;   // N(c)
    private readonly double[] _classTerms;  // f(N(c))
    private readonly int[] _classOf;
    private readonly double[] _scores;
    private readonly double[] _xLogX = new double[TableSize];
    private readonly double[] _stepOne = new double[TableSize]; // f(x + 1) − f(x)
    private readonly ParallelOptions _parallel;

    /// <param name="directions">The left-context bigrams, optionally followed by the right-context ones (same items and totals).</param>
    /// <param name="classes">How many classes.</param>
    /// <param name="options">Search settings.</param>
    /// <param name="progress">Receives progress lines; may be null.</param>
    public ExchangeSearch(IReadOnlyList<SuccessorBigrams> directions, int classes, ExchangeClusterOptions options, Action<string>? progress)
    {
        _directions = directions.ToArray();
        _bigrams = _directions[0];
        _classes = classes;
        _options = options;
        _progress = progress;
        _rows = _directions.Select(d => new int[checked(d.PredecessorCount * classes)]).ToArray();
        _classTotals = new long[classes];
        _classTerms = new double[classes];
        _classOf = new int[_bigrams.SuccessorCount];
        Array.Fill(_classOf, -1);
        _scores = new double[classes];
        for (var x = 1; x < TableSize; x++)
        {
            _xLogX[x] = x * Math.Log(x);
        }

        for (var x = 0; x < TableSize - 1; x++)
        {
            _stepOne[x] = _xLogX[x + 1] - _xLogX[x];
        }

        _stepOne[TableSize - 1] = XLogX(TableSize) - _xLogX[TableSize - 1];
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };
    }

    /// <summary>Runs the search and returns the class of every item.</summary>
    public int[] Run()
    {
        var clock = Stopwatch.StartNew();
        var order = Enumerable.Range(0, _bigrams.SuccessorCount).OrderByDescending(_bigrams.Total).ThenBy(s => s).ToArray();
        var exchanged = 0;
        while (exchanged < order.Length && _bigrams.Total(order[exchanged]) >= _options.MinExchangeCount)
        {
            exchanged++;
        }

        // The standard start: the K − 1 most frequent items alone, all others together in the last class.
        for (var i = 0; i < exchanged; i++)
        {
            Add(order[i], Math.Min(i, _classes - 1));
        }

        Report($"start: {exchanged:N0} of {order.Length:N0} items exchanged, {_directions.Sum(d => d.DistinctPairs):N0} distinct bigrams", clock);
        for (var iteration = 1; iteration <= _options.Iterations; iteration++)
        {
            var moves = 0;
            for (var i = 0; i < exchanged; i++)
            {
                var item = order[i];
                var current = _classOf[item];
                Remove(item, current);
                var best = BestClass(item, current);
                Add(item, best);
                if (best != current)
                {
                    moves++;
                }
            }

            Report($"iteration {iteration}: {moves:N0} moves ({100.0 * moves / Math.Max(1, exchanged):F2} %)", clock);
            if (moves < _options.MinMoveFraction * exchanged)
            {
                break;
            }
        }

        for (var i = exchanged; i < order.Length; i++)
        {
            Add(order[i], BestClass(order[i], -1));
        }

        if (exchanged < order.Length)
        {
            Report($"placed {order.Length - exchanged:N0} rarer items", clock);
        }

        return _classOf;
    }

    /// <summary>The class with the highest likelihood gain for an item not in any class; ties keep <paramref name="current"/>, then the lowest id.</summary>
    private int BestClass(int item, int current)
    {
        var work = (long)_directions.Sum(d => d.PredecessorsOf(item).Length) * _classes;
        var threads = _parallel.MaxDegreeOfParallelism;
        if (threads > 1 && work >= 1 << 16)
        {
            // Each thread scores its own range of classes in the same order, so the result does not depend on threads.
            Parallel.For(0, threads, _parallel, t => Score(item, t * _classes / threads, (t + 1) * _classes / threads));
        }
        else
        {
            Score(item, 0, _classes);
        }

        var best = current >= 0 ? current : 0;
        var bestScore = _scores[best];
        for (var c = 0; c < _classes; c++)
        {
            // A move must gain clearly: rounding noise must not make items oscillate.
            if (_scores[c] > bestScore + 1e-9 * Math.Max(1, Math.Abs(bestScore)))
            {
                best = c;
                bestScore = _scores[c];
            }
        }

        return best;
    }

    /// <summary>Fills <see cref="_scores"/> for classes <paramref name="from"/>..<paramref name="to"/>: the likelihood gain of adding the item to each.</summary>
    private void Score(int item, int from, int to)
    {
        var scores = _scores.AsSpan(from, to - from);
        scores.Clear();
        for (var d = 0; d < _directions.Length; d++)
        {
            AddContextGains(_directions[d], _rows[d], item, scores, from);
        }

        // Each direction has the same class-size term f(N(c)): an item's total does not depend on the direction.
        var total = _bigrams.Total(item);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] -= _directions.Length * (XLogX(_classTotals[from + c] + total) - _classTerms[from + c]);
        }
    }

    /// <summary>Adds Σ<sub>v</sub> f(N(v,c) + n(v,item)) − f(N(v,c)) over the item's contexts in one direction.</summary>
    private void AddContextGains(SuccessorBigrams bigrams, int[] rows, int item, Span<double> scores, int from)
    {
        var predecessors = bigrams.PredecessorsOf(item);
        var counts = bigrams.CountsOf(item);
        var xLogX = _xLogX;
        var stepOne = _stepOne;
        for (var p = 0; p < predecessors.Length; p++)
        {
            var row = rows.AsSpan((predecessors[p] * _classes) + from, scores.Length);
            var n = counts[p];
            if (n == 1)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    var x = row[c];
                    scores[c] += x < TableSize ? stepOne[x] : XLogX(x + 1L) - XLogX(x);
                }
            }
            else
            {
                for (var c = 0; c < row.Length; c++)
                {
                    var x = row[c];
                    scores[c] += x + n < TableSize ? xLogX[x + n] - xLogX[x] : XLogX((long)x + n) - XLogX(x);
                }
            }
        }
    }

    private void Add(int item, int cls) => Update(item, cls, +1);

    private void Remove(int item, int cls) => Update(item, cls, -1);

    private void Update(int item, int cls, int sign)
    {
        for (var d = 0; d < _directions.Length; d++)
        {
            var predecessors = _directions[d].PredecessorsOf(item);
            var counts = _directions[d].CountsOf(item);
            var rows = _rows[d];
            for (var p = 0; p < predecessors.Length; p++)
            {
                rows[(predecessors[p] * _classes) + cls] += sign * counts[p];
            }
        }

        _classTotals[cls] += sign * _bigrams.Total(item);
        _classTerms[cls] = XLogX(_classTotals[cls]);
        _classOf[item] = sign > 0 ? cls : -1;
    }

    /// <summary>Logs the log-likelihood and per-direction perplexity over the bigrams into the items placed so far.</summary>
    private void Report(string what, Stopwatch clock)
    {
        if (_progress is null)
        {
            return;
        }

        var perplexities = new List<string>();
        double logLikelihood = 0;
        for (var d = 0; d < _directions.Length; d++)
        {
            var direction = LogLikelihood(_directions[d], _rows[d], out var bigrams);
            logLikelihood += direction;
            perplexities.Add($"{Math.Exp(-direction / Math.Max(1, bigrams)):F2}");
        }

        var used = 0;
        for (var c = 0; c < _classes; c++)
        {
            used += _classTotals[c] > 0 ? 1 : 0;
        }

        var sides = _directions.Length > 1 ? "left / right contexts" : "left contexts";
        _progress($"exchange K={_classes} {what}; log-likelihood {logLikelihood:E6}, perplexity {string.Join(" / ", perplexities)} ({sides}), {used} classes used, {clock.Elapsed:hh\\:mm\\:ss}");
    }

    /// <summary>The log-likelihood of one direction's class bigram model over the bigrams into the placed items.</summary>
    private double LogLikelihood(SuccessorBigrams direction, int[] rows, out long bigrams)
    {
        double rowTerms = 0, predecessorTerms = 0;
        for (var v = 0; v < direction.PredecessorCount; v++)
        {
            long rowTotal = 0;
            foreach (var x in rows.AsSpan(v * _classes, _classes))
            {
                rowTerms += XLogX(x);
                rowTotal += x;
            }

            predecessorTerms += XLogX(rowTotal);
        }

        double itemTerms = 0, classTerms = 0;
        bigrams = 0;
        for (var s = 0; s < direction.SuccessorCount; s++)
        {
            if (_classOf[s] >= 0)
            {
                itemTerms += XLogX(direction.Total(s));
                bigrams += direction.Total(s);
            }
        }

        for (var c = 0; c < _classes; c++)
        {
            classTerms += _classTerms[c];
        }

        return rowTerms - predecessorTerms + itemTerms - classTerms;
    }

    private double XLogX(long x) => x < TableSize ? _xLogX[x] : x * Math.Log(x);
}
