using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Workforce.Benchmarks.ErlangStaffingBenchmarks).Assembly).Run(args);
