using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EntityKit.Benchmarks.Batch;

/// <summary>A summary column with the managed bytes allocated per token: the memory diagnoser's bytes per operation
/// divided by the tokens one operation analyses.</summary>
/// <param name="tokensPerOperation">How many tokens one operation of a benchmark case analyses.</param>
public sealed class AllocationPerTokenColumn(Func<BenchmarkCase, long> tokensPerOperation) : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(AllocationPerTokenColumn);

    /// <inheritdoc/>
    public string ColumnName => "B/token";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 1;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Managed bytes allocated per token analysed";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        var tokens = tokensPerOperation(benchmarkCase);
        return bytes is null || tokens <= 0 ? "NA" : ((double)bytes.Value / tokens).ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
}
