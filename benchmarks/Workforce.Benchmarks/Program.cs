using BenchmarkDotNet.Running;
using Workforce.Benchmarks.Nrp;

// Solution-quality runs of the shift scheduling benchmark are not BenchmarkDotNet timings: they have
// their own entry point (see benchmarks/nrp/run.sh).
if (args.Length > 0 && args[0] == "nrp-plain")
{
    return PlainNrpRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "web-latency")
{
    return await Workforce.Benchmarks.WebLatency.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "nrp-table")
{
    return NrpTable.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Workforce.Benchmarks.ErlangStaffingBenchmarks).Assembly).Run(args);
return 0;
