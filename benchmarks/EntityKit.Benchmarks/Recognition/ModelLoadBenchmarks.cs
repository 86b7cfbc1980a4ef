using BenchmarkDotNet.Attributes;
using EntityKit.Models.English;
using EntityKit.Recognition;

namespace EntityKit.Benchmarks.Recognition;

/// <summary>
/// How long the embedded English model takes to load: read from the assembly, checked against its manifest (size and
/// SHA-256), decompressed and turned into lookup tables — what the first use of <c>EnglishModel.Default</c> costs.
/// </summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    /// <summary>Loads a fresh copy of the embedded model.</summary>
    [Benchmark]
    public NerModel LoadEmbeddedModel() => EnglishModel.Load();
}
