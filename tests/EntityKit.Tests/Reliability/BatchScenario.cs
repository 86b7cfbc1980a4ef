using FsCheck;
using FsCheck.Fluent;

namespace EntityKit.Tests.Reliability;

/// <summary>A batch to compare with one-by-one analysis: hostile articles placed after some filler articles, run
/// with a given parallelism and read-ahead window.</summary>
public sealed record BatchScenario(HostileText[] Articles, int FillersBefore, int Parallelism, int Window)
{
    /// <summary>The generator.</summary>
    public static Arbitrary<BatchScenario> Arbitrary() =>
        Gen.Choose(1, 12)
        .SelectMany(count => Gen.ArrayOf(HostileText.Generator.Resize(30), count))
        .SelectMany(articles => Gen.Choose(0, 40).Select(fillers => (articles, fillers)))
        .SelectMany(t => Gen.Choose(1, 8).Select(parallelism => (t.articles, t.fillers, parallelism)))
        .SelectMany(t => Gen.Choose(1, 40).Select(window => new BatchScenario(t.articles, t.fillers, t.parallelism, window)))
        .ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Articles.Length} article(s) after {FillersBefore} filler(s), parallelism {Parallelism}, window {Window}: "
        + string.Join(" | ", Articles.Select(a => a.ToString()));
}
