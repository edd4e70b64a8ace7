using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Sites;
using Workforce.Core.Staffing;

namespace Workforce.Core.Capacity;

/// <summary>How a week's requirement was found.</summary>
public enum RequirementSource
{
    /// <summary>Staffed from the interval forecast (<c>forecast.csv</c>).</summary>
    IntervalForecast,

    /// <summary>A weekly volume spread over the channel's intraday and weekly shape, then staffed interval by interval.</summary>
    SpreadWeeklyVolume,
}

/// <summary>Required FTE per week and skill, and the scheduled agent-hours behind it.</summary>
/// <param name="WeekStarts">First local day of each week of the horizon.</param>
/// <param name="Skills">The channels, in the site's order.</param>
/// <param name="ScheduledAgentHours">[week][skill]: staffing's scheduled agents × interval hours, summed over the week.</param>
/// <param name="RequiredFte">[week][skill]: <see cref="FteConversion.RequiredFte"/> of those hours.</param>
/// <param name="Sources">[week][skill]: where the week's volume came from.</param>
/// <param name="Conversion">How agent-hours became FTE.</param>
public sealed record WeeklyRequirements(
    IReadOnlyList<LocalDate> WeekStarts,
    IReadOnlyList<string> Skills,
    double[][] ScheduledAgentHours,
    double[][] RequiredFte,
    RequirementSource[][] Sources,
    FteConversion Conversion)
{
    /// <summary>
    /// Staffs every interval of the horizon and converts each week's scheduled agent-hours to FTE.
    /// Interval forecast rows are used for the weeks they cover; other weeks take the channel's weekly
    /// volume, spread by <see cref="ForecastShape"/>. Each week is staffed on its own (a deferred
    /// backlog does not carry across a week boundary). Never Erlang on a weekly total.
    /// </summary>
    public static WeeklyRequirements Build(
        Site site,
        IReadOnlyList<ForecastInterval> forecast,
        IReadOnlyList<WeeklyVolume> weeklyVolumes,
        LocalDate startWeek,
        int weeks,
        FteConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(weeklyVolumes);
        ArgumentNullException.ThrowIfNull(conversion);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);

        var weekStarts = Enumerable.Range(0, weeks).Select(k => startWeek.PlusWeeks(k)).ToList();
        var skills = site.Channels.Select(c => c.Id)
            .Where(id => forecast.Any(f => f.ChannelId == id) || weeklyVolumes.Any(w => w.ChannelId == id))
            .ToList();
        var byWeek = forecast
            .Select(row => (Row: row, Week: WeekIndex(startWeek, row.Start.Date)))
            .Where(x => x.Week >= 0 && x.Week < weeks)
            .ToLookup(x => (x.Week, x.Row.ChannelId), x => x.Row);
        var weekly = weeklyVolumes.ToDictionary(w => (WeekIndex(startWeek, w.WeekStart), w.ChannelId));
        var shapes = skills.ToDictionary(s => s, s => ForecastShape.Of(site, forecast.Where(f => f.ChannelId == s)), StringComparer.Ordinal);
        var intervalHours = site.IntervalLength.TotalHours;

        var hours = new double[weeks][];
        var fte = new double[weeks][];
        var sources = new RequirementSource[weeks][];
        for (var k = 0; k < weeks; k++)
        {
            var rows = new List<ForecastInterval>();
            sources[k] = new RequirementSource[skills.Count];
            for (var s = 0; s < skills.Count; s++)
            {
                var skill = skills[s];
                if (byWeek.Contains((k, skill)))
                {
                    rows.AddRange(byWeek[(k, skill)]);
                    sources[k][s] = RequirementSource.IntervalForecast;
                }
                else if (weekly.TryGetValue((k, skill), out var volume))
                {
                    rows.AddRange(ForecastShape.Spread(site, shapes[skill], volume));
                    sources[k][s] = RequirementSource.SpreadWeeklyVolume;
                }
                else
                {
                    throw new ArgumentException($"No forecast for channel '{skill}' in the week of {weekStarts[k]:uuuu-MM-dd}.", nameof(weeklyVolumes));
                }
            }

            var staffed = StaffingPlanner.Staff(site, rows);
            hours[k] = [.. skills.Select(skill => staffed.Where(r => r.ChannelId == skill).Sum(r => r.ScheduledAgents) * intervalHours)];
            fte[k] = [.. hours[k].Select(conversion.RequiredFte)];
        }

        return new WeeklyRequirements(weekStarts, skills, hours, fte, sources, conversion);
    }

    /// <summary>The week of the horizon a date falls in (negative before it).</summary>
    public static int WeekIndex(LocalDate startWeek, LocalDate date)
    {
        var days = Period.Between(startWeek, date, PeriodUnits.Days).Days;
        return days >= 0 ? days / 7 : -1 - ((-days - 1) / 7);
    }
}
