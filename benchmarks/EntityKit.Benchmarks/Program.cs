using BenchmarkDotNet.Running;

// Run all benchmarks:      dotnet run -c Release --project benchmarks/EntityKit.Benchmarks -- --filter '*'
// A quick run (< 3 min):   dotnet run -c Release --project benchmarks/EntityKit.Benchmarks -- --filter '*Tokenizer*' --job short
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
