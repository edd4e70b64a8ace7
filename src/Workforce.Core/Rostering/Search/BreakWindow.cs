using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Rostering.Search;

/// <summary>
/// A break rule on the interval grid: it starts between <see cref="Earliest"/> and <see cref="Latest"/>
/// intervals after its shift starts (both allowed) and lasts <see cref="Length"/> intervals. The
/// earliest offset is rounded up and the latest down, so a break placed anywhere in the window keeps
/// the rule in real time; the CP-SAT model and the code that settles breaks use this one rounding.
/// </summary>
public readonly record struct BreakWindow(int Earliest, int Latest, int Length)
{
    public static BreakWindow Of(RosterHorizon horizon, BreakRule rule)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(rule);
        return new BreakWindow(
            horizon.IntervalsIn(rule.EarliestAfterStart),
            (int)Math.Floor(rule.LatestStartAfterStart.TotalTicks / (double)horizon.IntervalLength.TotalTicks),
            horizon.IntervalsIn(rule.Length));
    }

    /// <summary>
    /// Per interval of a shift <paramref name="lengthIntervals"/> long, the expected share of an agent on
    /// the phones when each of the contract's breaks that apply is equally likely to start anywhere in its
    /// window: what a shift is worth to cover before its breaks are placed.
    /// </summary>
    public static double[] OnPhoneProfile(RosterHorizon horizon, Contract contract, int lengthIntervals)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(contract);
        var away = new double[lengthIntervals];
        foreach (var rule in contract.BreaksFor(horizon.IntervalLength * lengthIntervals))
        {
            var window = Of(horizon, rule);
            var starts = window.Latest - window.Earliest + 1;
            for (var start = window.Earliest; start <= window.Latest; start++)
            {
                for (var o = start; o < Math.Min(start + window.Length, lengthIntervals); o++)
                {
                    away[o] += 1.0 / starts;
                }
            }
        }

        return [.. away.Select(a => Math.Max(0, 1 - a))];
    }
}
