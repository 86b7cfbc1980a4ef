using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EntityKit.Benchmarks.Batch;

/// <summary>A summary column with a rate: a count per operation (articles, tokens) divided by the mean time of one
/// operation.</summary>
/// <param name="name">The column header.</param>
/// <param name="legend">What the column means.</param>
/// <param name="countPerOperation">How many things one operation of a benchmark case processes.</param>
public sealed class BatchRateColumn(string name, string legend, Func<BenchmarkCase, long> countPerOperation) : IColumn
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
        if (statistics is null || statistics.Mean <= 0)
        {
            return "NA";
        }

        var seconds = statistics.Mean / 1e9;
        return (countPerOperation(benchmarkCase) / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
}
