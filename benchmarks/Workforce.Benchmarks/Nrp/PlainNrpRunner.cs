using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Google.OrTools.Sat;
using Workforce.Core.Benchmarks.Nrp;
using Workforce.Files.Benchmarks;

namespace Workforce.Benchmarks.Nrp;

/// <summary>
/// <c>nrp-plain INSTANCE.txt [--time-limit 60s] [--threads 2] [--seed 1] [--solution-out F.csv] [--parameters "CP-SAT text"]</c>:
/// solves an instance with <see cref="PlainNrpModel"/> and prints one JSON line with the instance,
/// status, objective, bound, seconds and the time the best solution was found. The solution is checked
/// by the independent evaluator before it is reported.
/// </summary>
internal static class PlainNrpRunner
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: nrp-plain INSTANCE.txt [--time-limit 60s] [--threads 2] [--seed 1] [--solution-out F.csv]");
            return 2;
        }

        var read = NrpInstanceReader.Read(args[0]);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine($"error: {read.Error}");
            return 2;
        }

        var instance = read.Value;
        var seconds = Seconds(Option(args, "--time-limit") ?? "60s");
        var threads = int.Parse(Option(args, "--threads") ?? "2", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var plain = new PlainNrpModel(instance);
        var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"max_time_in_seconds:{seconds - clock.Elapsed.TotalSeconds} num_workers:{threads} random_seed:{seed} {Option(args, "--parameters")}"),
        };
        var progress = new Progress(clock);
        var status = solver.Solve(plain.Model, progress);
        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        double? objective = found ? solver.ObjectiveValue : null;
        if (found)
        {
            var assignments = plain.Read(v => solver.BooleanValue(v));
            var evaluation = NrpEvaluator.Evaluate(instance, assignments);
            if (!evaluation.Feasible || evaluation.Objective != (long)Math.Round(solver.ObjectiveValue))
            {
                Console.Error.WriteLine($"error: the plain model's solution fails the evaluator: objective {evaluation.Objective}, {string.Join("; ", evaluation.Violations.Take(3))}");
                return 1;
            }

            if (Option(args, "--solution-out") is { } path)
            {
                NrpSolutionCsv.Write(path, assignments);
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            instance = instance.Name,
            status = status.ToString(),
            objective,
            bound = found || status == CpSolverStatus.Unknown ? solver.BestObjectiveBound : (double?)null,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            secondsToBest = progress.SecondsToBest is { } best ? Math.Round(best, 1) : (double?)null,
        }));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Seconds(string text) => text.EndsWith('m')
        ? double.Parse(text[..^1], CultureInfo.InvariantCulture) * 60
        : double.Parse(text.TrimEnd('s'), CultureInfo.InvariantCulture);

    private sealed class Progress(Stopwatch clock) : CpSolverSolutionCallback
    {
        public double? SecondsToBest { get; private set; }

        public override void OnSolutionCallback()
        {
            SecondsToBest = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {SecondsToBest,7:0.0} s  objective {ObjectiveValue(),10:0}  bound {BestObjectiveBound(),10:0}"));
        }
    }
}
