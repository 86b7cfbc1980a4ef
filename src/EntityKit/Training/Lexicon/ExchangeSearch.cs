using System.Diagnostics;

namespace EntityKit.Training.Lexicon;

/// <summary>
/// One run of the predictive exchange algorithm (Uszkoreit &amp; Brants 2008) over <see cref="SuccessorBigrams"/>:
/// it maximises the likelihood of the class bigram model P(w | v) = P(w | c(w)) · P(c(w) | v), whose variable part is
/// Σ<sub>v,c</sub> f(N(v,c)) − Σ<sub>c</sub> f(N(c)) with f(x) = x log x, N(v,c) the bigrams from predecessor v into
/// class c and N(c) the bigrams into class c. Words are moved one at a time, in decreasing frequency, to the class
/// that raises the likelihood most.
/// </summary>
internal sealed class ExchangeSearch
{
    private const int TableSize = 1 << 16;

    private readonly SuccessorBigrams _bigrams;
    private readonly int _classes;
    private readonly ExchangeClusterOptions _options;
    private readonly Action<string>? _progress;
    private readonly int[] _rows;           // N(v, c): predecessor v's row of K class counts
    private readonly long[] _classTotals;   // N(c)
    private readonly double[] _classTerms;  // f(N(c))
    private readonly int[] _classOf;
    private readonly double[] _scores;
    private readonly double[] _xLogX = new double[TableSize];
    private readonly double[] _stepOne = new double[TableSize]; // f(x + 1) − f(x)
    private readonly ParallelOptions _parallel;

    public ExchangeSearch(SuccessorBigrams bigrams, int classes, ExchangeClusterOptions options, Action<string>? progress)
    {
        _bigrams = bigrams;
        _classes = classes;
        _options = options;
        _progress = progress;
        _rows = new int[checked(bigrams.PredecessorCount * classes)];
        _classTotals = new long[classes];
        _classTerms = new double[classes];
        _classOf = new int[bigrams.SuccessorCount];
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

    /// <summary>Runs the search and returns the class of every successor.</summary>
    public int[] Run()
    {
        var clock = Stopwatch.StartNew();
        var order = Enumerable.Range(0, _bigrams.SuccessorCount).OrderByDescending(_bigrams.Total).ThenBy(s => s).ToArray();
        var exchanged = 0;
        while (exchanged < order.Length && _bigrams.Total(order[exchanged]) >= _options.MinExchangeCount)
        {
            exchanged++;
        }

        for (var i = 0; i < exchanged; i++)
        {
            Add(order[i], Math.Min(i, _classes - 1));
        }

        Report($"start: {exchanged:N0} of {order.Length:N0} items exchanged, {_bigrams.DistinctPairs:N0} distinct bigrams", clock);
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
        var predecessors = _bigrams.PredecessorsOf(item);
        var work = (long)predecessors.Length * _classes;
        var threads = _parallel.MaxDegreeOfParallelism;
        if (threads > 1 && work >= 1 << 16)
        {
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
        var predecessors = _bigrams.PredecessorsOf(item);
        var counts = _bigrams.CountsOf(item);
        var xLogX = _xLogX;
        var stepOne = _stepOne;
        for (var p = 0; p < predecessors.Length; p++)
        {
            var row = _rows.AsSpan((predecessors[p] * _classes) + from, to - from);
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

        var total = _bigrams.Total(item);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] -= XLogX(_classTotals[from + c] + total) - _classTerms[from + c];
        }
    }

    private void Add(int item, int cls) => Update(item, cls, +1);

    private void Remove(int item, int cls) => Update(item, cls, -1);

    private void Update(int item, int cls, int sign)
    {
        var predecessors = _bigrams.PredecessorsOf(item);
        var counts = _bigrams.CountsOf(item);
        for (var p = 0; p < predecessors.Length; p++)
        {
            _rows[(predecessors[p] * _classes) + cls] += sign * counts[p];
        }

        _classTotals[cls] += sign * _bigrams.Total(item);
        _classTerms[cls] = XLogX(_classTotals[cls]);
        _classOf[item] = sign > 0 ? cls : -1;
    }

    /// <summary>Logs the perplexity of the class bigram model over the bigrams into the items placed so far.</summary>
    private void Report(string what, Stopwatch clock)
    {
        if (_progress is null)
        {
            return;
        }

        double rowTerms = 0, predecessorTerms = 0;
        for (var v = 0; v < _bigrams.PredecessorCount; v++)
        {
            long rowTotal = 0;
            foreach (var x in _rows.AsSpan(v * _classes, _classes))
            {
                rowTerms += XLogX(x);
                rowTotal += x;
            }

            predecessorTerms += XLogX(rowTotal);
        }

        double itemTerms = 0, classTerms = 0;
        long bigrams = 0;
        for (var s = 0; s < _bigrams.SuccessorCount; s++)
        {
            if (_classOf[s] >= 0)
            {
                itemTerms += XLogX(_bigrams.Total(s));
                bigrams += _bigrams.Total(s);
            }
        }

        var used = 0;
        for (var c = 0; c < _classes; c++)
        {
            classTerms += _classTerms[c];
            used += _classTotals[c] > 0 ? 1 : 0;
        }

        var logLikelihood = rowTerms - predecessorTerms + itemTerms - classTerms;
        var perplexity = Math.Exp(-logLikelihood / Math.Max(1, bigrams));
        _progress($"exchange K={_classes} {what}; log-likelihood {logLikelihood:E6}, perplexity {perplexity:F2} over {bigrams:N0} bigrams, {used} classes used, {clock.Elapsed:hh\\:mm\\:ss}");
    }

    private double XLogX(long x) => x < TableSize ? _xLogX[x] : x * Math.Log(x);
}
