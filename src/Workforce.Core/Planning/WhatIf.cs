using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Planning;

/// <summary>The forecast volume of one channel on one local day, multiplied by <paramref name="Factor"/> (1.2: 20 % more contacts; the AHT is kept).</summary>
public sealed record VolumeFactor(string ChannelId, LocalDate Date, double Factor);

/// <summary>Absence a planner adds for the what-if (a sick day, a late holiday), as time off over [Start, End) in site-local time.</summary>
public sealed record ExtraAbsence(string AgentId, LocalDateTime Start, LocalDateTime End, string Reason);

/// <summary>
/// A planner's question about the week: "what if Monday's phone volume is 20 % higher, Dana is off on
/// Tuesday, Sam leaves, and we staff at P80?" It changes the scenario and the roster inputs, and the
/// roster is planned again against the published one (a draft). Every part is optional.
/// </summary>
/// <param name="VolumeFactors">Volume multipliers per channel and day; a channel-day listed twice multiplies both.</param>
/// <param name="Absences">Extra time off.</param>
/// <param name="RemovedAgents">Agents taken out of the week (left, moved, long-term sick): not rostered, and their published shifts are dropped.</param>
/// <param name="StaffAt">Another forecast quantile to staff for, or null for the scenario's.</param>
/// <param name="FrozenThrough">The last day whose published shifts may not change, or null for the door's default.</param>
public sealed record WhatIf(
    IReadOnlyList<VolumeFactor> VolumeFactors,
    IReadOnlyList<ExtraAbsence> Absences,
    IReadOnlyList<string> RemovedAgents,
    StaffingQuantile? StaffAt = null,
    LocalDate? FrozenThrough = null)
{
    /// <summary>The largest volume factor accepted: ten times the forecast is a different site, not a what-if.</summary>
    public const double MaxVolumeFactor = 10;

    /// <summary>What in the what-if does not fit the site: unknown channels and agents, days outside the week, factors out of range. Each item names its field.</summary>
    public IReadOnlyList<string> Problems(Scenario scenario, RosterInputs? inputs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new List<string>();
        var channels = scenario.Site.Channels.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var weekStart = scenario.Site.WeekStart;
        var weekEnd = weekStart.PlusDays(RosterHorizon.Days - 1);
        for (var i = 0; i < VolumeFactors.Count; i++)
        {
            var factor = VolumeFactors[i];
            if (!channels.Contains(factor.ChannelId))
            {
                problems.Add($"volumeFactors[{i}].channel: unknown channel '{factor.ChannelId}'");
            }

            if (factor.Date < weekStart || factor.Date > weekEnd)
            {
                problems.Add($"volumeFactors[{i}].date: {factor.Date:yyyy-MM-dd} is outside the week {weekStart:yyyy-MM-dd} to {weekEnd:yyyy-MM-dd}");
            }

            if (!double.IsFinite(factor.Factor) || factor.Factor < 0 || factor.Factor > MaxVolumeFactor)
            {
                problems.Add($"volumeFactors[{i}].factor: expected a number from 0 to {MaxVolumeFactor}, got {factor.Factor}");
            }
        }

        var agents = inputs?.Agents.Select(a => a.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        for (var i = 0; i < Absences.Count; i++)
        {
            var absence = Absences[i];
            if (!agents.Contains(absence.AgentId))
            {
                problems.Add($"absences[{i}].agentId: unknown agent '{absence.AgentId}'");
            }

            if (absence.End <= absence.Start)
            {
                problems.Add($"absences[{i}].end: must be after its start");
            }
        }

        for (var i = 0; i < RemovedAgents.Count; i++)
        {
            if (!agents.Contains(RemovedAgents[i]))
            {
                problems.Add($"removedAgents[{i}]: unknown agent '{RemovedAgents[i]}'");
            }
        }

        if (inputs is not null && RemovedAgents.Distinct(StringComparer.Ordinal).Count() >= inputs.Agents.Count && inputs.Agents.Count > 0)
        {
            problems.Add("removedAgents: removes every agent of the site; nobody would be left to roster");
        }

        return problems;
    }

    /// <summary>The forecast with the volume factors applied; each interval belongs to the local day it starts on.</summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (VolumeFactors.Count == 0)
        {
            return scenario;
        }

        var forecast = scenario.Forecast.Select(interval =>
        {
            var factor = VolumeFactors
                .Where(f => f.ChannelId == interval.ChannelId && f.Date == interval.Start.Date)
                .Aggregate(1.0, (product, f) => product * f.Factor);
            return factor == 1.0 ? interval : interval with { Volume = interval.Volume * factor };
        }).ToList();
        return scenario with { Forecast = forecast };
    }

    /// <summary>The roster inputs with the absences added as time off and the removed agents taken out everywhere (attendance, preferences, carry-in, published shifts).</summary>
    public RosterInputs ApplyTo(RosterInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var removed = RemovedAgents.ToHashSet(StringComparer.Ordinal);
        bool Kept(string agentId) => !removed.Contains(agentId);
        var training = inputs.Training
            .Where(s => s.AgentIds.Any(Kept))
            .Select(s => s.AgentIds.All(Kept) ? s : s.WithAttendees([.. s.AgentIds.Where(Kept)]))
            .ToList();
        var timeOff = inputs.TimeOff.Where(t => Kept(t.AgentId))
            .Concat(Absences.Where(a => Kept(a.AgentId)).Select(a => new TimeOff(a.AgentId, a.Start, a.End, a.Reason)))
            .ToList();
        return new RosterInputs(
            [.. inputs.Agents.Where(a => Kept(a.Id))],
            inputs.Contracts,
            timeOff,
            [.. inputs.CarryIn.Where(c => Kept(c.AgentId))])
        {
            Training = training,
            Preferences = [.. inputs.Preferences.Where(p => Kept(p.AgentId))],
            Baseline = inputs.Baseline is { } baseline
                ? new BaselineRoster([.. baseline.Shifts.Where(s => Kept(s.AgentId))], baseline.FrozenThrough)
                : null,
        };
    }
}
