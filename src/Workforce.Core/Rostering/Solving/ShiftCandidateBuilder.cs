using NodaTime;

namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Lists the shifts each agent may work: every allowed length at every start on the interval grid
/// inside the contract's start window, on every day, except those that overlap the agent's time off.
/// A contract with named shift types lists exactly those each day instead, leaving out types it caps
/// at zero. Availability is applied here, by leaving shifts out, rather than as a constraint.
/// </summary>
public static class ShiftCandidateBuilder
{
    /// <summary>Money is modelled in cents so the solver works in integers.</summary>
    public const decimal CentsPerUnit = 100m;

    public static IReadOnlyList<ShiftCandidate> Build(RosterHorizon horizon, Agent agent, Contract contract, IReadOnlyList<TimeOff> timeOff)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(timeOff);
        var absences = timeOff.Where(t => t.AgentId == agent.Id)
            .Select(t => (Start: horizon.ToInstant(t.Start), End: horizon.ToInstant(t.End)))
            .ToList();
        if (contract.ShiftTypes.Count > 0)
        {
            return NamedShifts(horizon, agent, contract, absences);
        }

        var candidates = new List<ShiftCandidate>();
        var step = horizon.IntervalLength;

        for (var day = 0; day < horizon.DayCount; day++)
        {
            var date = horizon.DateOf(day);
            var seen = new HashSet<int>();
            for (var time = contract.EarliestStart; time <= contract.LatestStart; time = time.PlusTicks(step.BclCompatibleTicks))
            {
                var mapping = horizon.Site.TimeZone.MapLocal(date.At(time));
                if (mapping.Count == 0)
                {
                    continue; // The clocks skip this start.
                }

                var start = mapping.First().ToInstant();
                var startIndex = horizon.IndexOf(start);
                if (!seen.Add(startIndex))
                {
                    continue;
                }

                foreach (var length in contract.ShiftLengths)
                {
                    var end = start + length;
                    if (absences.Any(a => a.Start < end && start < a.End))
                    {
                        continue;
                    }

                    candidates.Add(Make(horizon, agent, contract, day, startIndex, time, length));
                }

                if (time.PlusTicks(step.BclCompatibleTicks) < time)
                {
                    break; // Wrapped past midnight.
                }
            }
        }

        return candidates;
    }

    private static List<ShiftCandidate> NamedShifts(RosterHorizon horizon, Agent agent, Contract contract, List<(NodaTime.Instant Start, NodaTime.Instant End)> absences)
    {
        var candidates = new List<ShiftCandidate>();
        var types = contract.ShiftTypes.Where(t => contract.MaxShiftsOf(t.Id) != 0).ToList();
        for (var day = 0; day < horizon.DayCount; day++)
        {
            var date = horizon.DateOf(day);
            foreach (var type in types)
            {
                var start = horizon.ToInstant(date.At(type.Start));
                var end = start + type.Length;
                if (!absences.Any(a => a.Start < end && start < a.End))
                {
                    candidates.Add(Make(horizon, agent, contract, day, horizon.IndexOf(start), type.Start, type.Length) with { ShiftTypeId = type.Id });
                }
            }
        }

        return candidates;
    }

    /// <summary>One shift of <paramref name="length"/> starting at interval <paramref name="startIndex"/> (local <paramref name="time"/>) on <paramref name="day"/>.</summary>
    public static ShiftCandidate Make(RosterHorizon horizon, Agent agent, Contract contract, int day, int startIndex, LocalTime time, Duration length)
    {
        ArgumentNullException.ThrowIfNull(horizon);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(contract);
        var paid = contract.PaidLength(length);
        return new ShiftCandidate(
            day,
            startIndex,
            horizon.IntervalsIn(length),
            (int)paid.TotalMinutes,
            Cost(horizon, agent, contract, startIndex, horizon.IntervalsIn(length), paid / length),
            (time.Hour * 60) + time.Minute)
        {
            IsLate = ShiftCandidate.EndsLate(horizon.LocalAt(startIndex).LocalDateTime, horizon.LocalAt(startIndex + horizon.IntervalsIn(length)).LocalDateTime),
        };
    }

    /// <summary>
    /// Wage × paid hours, with each interval's share raised by the night premium (22:00–06:00 local)
    /// and the weekend premium (the site's weekend days, local). Unpaid breaks scale every interval
    /// down evenly, since where the break falls is decided later.
    /// </summary>
    private static long Cost(RosterHorizon horizon, Agent agent, Contract contract, int startIndex, int length, double paidShare)
    {
        if (agent.HourlyWage == 0)
        {
            return 0; // Nothing to price (and a year of shift types is a lot of intervals to look at).
        }

        var hours = (decimal)horizon.IntervalLength.TotalHours;
        var total = 0m;
        for (var t = startIndex; t < startIndex + length; t++)
        {
            var local = horizon.LocalAt(t);
            var multiplier = 1m;
            if (IsNight(local.TimeOfDay))
            {
                multiplier += contract.NightPremium;
            }

            if (horizon.Site.WeekendDays.Contains(local.DayOfWeek))
            {
                multiplier += contract.WeekendPremium;
            }

            total += agent.HourlyWage * hours * multiplier;
        }

        return (long)Math.Round(total * (decimal)paidShare * CentsPerUnit, MidpointRounding.AwayFromZero);
    }

    private static bool IsNight(LocalTime time) => time >= Contract.NightStart || time < Contract.NightEnd;
}
