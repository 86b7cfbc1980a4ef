using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EntityKit.Benchmarks.Batch;

/// <summary>A summary column with a rate: a count per operation (articles, tokens) divided by the mean (or median) time
/// of one operation.</summary>
/// <param name="name">The column header.</param>
/// <param name="legend">What the column means.</param>
/// <param name="countPerOperation">How many things one operation of a benchmark case processes.</param>
/// <param name="fromMedian">Divide by the median operation time instead of the mean: on a machine whose other tenants
/// now and then take a core for tens of milliseconds, the median tells the code's speed from the machine's hiccups.</param>
public sealed class BatchRateColumn(string name, string legend, Func<BenchmarkCase, long> countPerOperation, bool fromMedian = false) : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(BatchRateColumn) + "." + name;

    /// <inheritdoc/>
    public string ColumnName => name;

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => legend;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        var nanoseconds = statistics is null ? 0 : fromMedian ? statistics.Median : statistics.Mean;
        if (nanoseconds <= 0)
        {
            return "NA";
        }

        var seconds = nanoseconds / 1e9;
        return (countPerOperation(benchmarkCase) / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
}
