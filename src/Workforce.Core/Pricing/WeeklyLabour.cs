using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Core.Pricing;

/// <summary>
/// A roster week's pay, measured shift by shift, and the people and seats it takes. Every field scales
/// with paid hours, which is how the sensitivity grid moves a roster it does not re-solve.
/// </summary>
/// <param name="PaidHours">Paid hours (unpaid lunches excluded, paid breaks included).</param>
/// <param name="BasePay">Wage × paid hours.</param>
/// <param name="NightPremiumPay">Wage × the contract's night premium × paid hours in 22:00–06:00 local.</param>
/// <param name="WeekendPremiumPay">Wage × the contract's weekend premium × paid hours on the site's weekend days.</param>
/// <param name="OvertimePay">Wage × overtime premium × each agent's paid hours above their contract's overtime threshold.</param>
/// <param name="HeadCount">Agents with at least one shift.</param>
/// <param name="Workstations">The most agents at work at once: the seats the site needs.</param>
/// <param name="OnChannelAgentHours">Per channel: effective agent-hours the roster puts on it (the cost allocation key).</param>
public sealed record WeeklyLabour(
    decimal PaidHours,
    decimal BasePay,
    decimal NightPremiumPay,
    decimal WeekendPremiumPay,
    decimal OvertimePay,
    decimal HeadCount,
    decimal Workstations,
    IReadOnlyDictionary<string, decimal> OnChannelAgentHours)
{
    public decimal Pay => BasePay + NightPremiumPay + WeekendPremiumPay + OvertimePay;

    public decimal OnPhoneAgentHours => OnChannelAgentHours.Values.Sum();

    /// <summary>The roster grown or shrunk in proportion: every hour, head and seat times <paramref name="factor"/>.</summary>
    public WeeklyLabour Scale(decimal factor) => new(
        PaidHours * factor,
        BasePay * factor,
        NightPremiumPay * factor,
        WeekendPremiumPay * factor,
        OvertimePay * factor,
        HeadCount * factor,
        Workstations * factor,
        OnChannelAgentHours.ToDictionary(p => p.Key, p => p.Value * factor));

    /// <summary>
    /// Measures a roster. Each shift's premiums are counted interval by interval on the site's grid
    /// (an interval is night or weekend by its local start), with unpaid breaks spread evenly over the
    /// shift, exactly as the roster engine costs a shift, so the pay here matches the roster's labour cost.
    /// </summary>
    public static WeeklyLabour Measure(PricingRoster roster, CostRates rates)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(rates);
        var site = roster.Site;
        var agents = roster.Agents.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var contracts = roster.Contracts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var interval = site.IntervalLength;
        var intervalHours = (decimal)interval.TotalHours;
        decimal basePay = 0, night = 0, weekend = 0;
        var paidByAgent = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var atWorkChanges = new SortedDictionary<Instant, int>();

        foreach (var shift in roster.Shifts)
        {
            var agent = agents[shift.AgentId];
            var contract = contracts[agent.ContractId];
            var paid = (decimal)shift.PaidHours;
            var start = shift.ShiftStart.ToInstant();
            var end = shift.ShiftEnd.ToInstant();
            var intervals = (int)Math.Round((end - start) / interval);
            var paidShare = intervals == 0 ? 0 : paid / (intervals * intervalHours);
            basePay += agent.HourlyWage * paid;
            for (var t = 0; t < intervals; t++)
            {
                var local = (start + (interval * t)).InZone(site.TimeZone);
                if (IsNight(local.TimeOfDay))
                {
                    night += agent.HourlyWage * contract.NightPremium * intervalHours * paidShare;
                }

                if (site.WeekendDays.Contains(local.DayOfWeek))
                {
                    weekend += agent.HourlyWage * contract.WeekendPremium * intervalHours * paidShare;
                }
            }

            paidByAgent[shift.AgentId] = paidByAgent.GetValueOrDefault(shift.AgentId) + paid;
            atWorkChanges[start] = atWorkChanges.GetValueOrDefault(start) + 1;
            atWorkChanges[end] = atWorkChanges.GetValueOrDefault(end) - 1;
        }

        var overtime = paidByAgent.Sum(p =>
        {
            var agent = agents[p.Key];
            var threshold = rates.OvertimeThresholdHours.TryGetValue(agent.ContractId, out var hours)
                ? hours
                : (decimal)contracts[agent.ContractId].MinPaidPerWeek.TotalHours;
            return Math.Max(0, p.Value - threshold) * agent.HourlyWage * rates.OvertimePremium;
        });

        var onChannel = roster.Coverage.GroupBy(c => c.ChannelId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => (decimal)c.Scheduled) * intervalHours, StringComparer.Ordinal);

        return new WeeklyLabour(
            paidByAgent.Values.Sum(),
            basePay,
            night,
            weekend,
            overtime,
            paidByAgent.Count,
            PeakAtWork(atWorkChanges),
            onChannel);
    }

    private static int PeakAtWork(SortedDictionary<Instant, int> changes)
    {
        int atWork = 0, peak = 0;
        foreach (var change in changes.Values)
        {
            atWork += change;
            peak = Math.Max(peak, atWork);
        }

        return peak;
    }

    private static bool IsNight(LocalTime time) => time >= Contract.NightStart || time < Contract.NightEnd;
}
