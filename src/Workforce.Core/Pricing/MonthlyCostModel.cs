namespace Workforce.Core.Pricing;

/// <summary>
/// Turns a roster week into an average month. A month is 52/12 roster weeks; the site's public
/// holidays (days a year ÷ 12 per month) either pay their premium on an average day's base pay (site
/// open) or remove an average day's contacts and productive hours (site closed, the day paid as leave).
/// Every cost is then allocated to channels by the agent-hours the roster puts on each.
/// </summary>
public static class MonthlyCostModel
{
    /// <summary>Roster weeks in an average month: 52 ÷ 12.</summary>
    public static readonly decimal WeeksPerMonth = 52m / 12m;

    /// <summary>
    /// Share of an average month's days the site serves contacts: 1 when it opens on public holidays,
    /// 1 − holidays a year ÷ 364 when it closes (a year is 52 roster weeks of 7 days).
    /// </summary>
    public static decimal OpenShare(PublicHolidayTerms holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return holidays.Closed ? 1 - (holidays.DaysPerYear / 364m) : 1;
    }

    /// <summary>The month's cost.</summary>
    /// <param name="week">The roster week's pay, people and seats.</param>
    /// <param name="workload">The week's forecast work per channel.</param>
    /// <param name="unplannedShrinkage">Share of on-phone time lost to absence and the like: productive hours are on-phone hours × (1 − it).</param>
    /// <param name="rates">Cost rates.</param>
    /// <param name="attritionFactor">Multiplies the leavers (1 as planned; the sensitivity grid moves it ±50 %).</param>
    /// <param name="growthHires">New agents hired to grow head-count above the base roster's; their recruitment and training is spread over <paramref name="contractMonths"/>.</param>
    public static MonthlyCost Compute(
        WeeklyLabour week,
        IReadOnlyList<ChannelWorkload> workload,
        double unplannedShrinkage,
        CostRates rates,
        decimal attritionFactor,
        decimal growthHires,
        int contractMonths)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentOutOfRangeException.ThrowIfLessThan(contractMonths, 1);
        var month = WeeksPerMonth;
        var holidaysPerMonth = rates.Holidays.DaysPerYear / 12;
        var open = OpenShare(rates.Holidays);

        var basePay = week.BasePay * month;
        var night = week.NightPremiumPay * month;
        var weekend = week.WeekendPremiumPay * month;
        var overtime = week.OvertimePay * month;
        var holidayPremium = rates.Holidays.Closed ? 0 : holidaysPerMonth * (week.BasePay / 7) * rates.Holidays.Premium;
        var pay = basePay + night + weekend + overtime + holidayPremium;
        var onCosts = pay * rates.EmployerOnCostFraction;
        var attrition = rates.Attrition.LeaversPerMonth * attritionFactor * rates.Attrition.CostPerLeaver;
        var growth = growthHires * rates.Attrition.CostPerLeaver / contractMonths;
        var support = rates.SupportRoles.Sum(r => Math.Ceiling(week.HeadCount / r.AgentsPerRole) * r.MonthlyCost);
        var seats = Math.Ceiling(week.Workstations) * rates.SeatCostPerMonth;
        var beforeOverhead = pay + onCosts + attrition + growth + support + seats;
        var overhead = beforeOverhead * rates.OverheadFraction;
        var total = beforeOverhead + overhead;

        var onPhone = week.OnPhoneAgentHours;
        var byChannel = week.OnChannelAgentHours.ToDictionary(
            p => p.Key,
            p => onPhone == 0 ? 0 : total * p.Value / onPhone,
            StringComparer.Ordinal);

        return new MonthlyCost(
            basePay,
            night,
            weekend,
            overtime,
            holidayPremium,
            onCosts,
            attrition,
            growth,
            support,
            seats,
            overhead,
            week.PaidHours * month,
            onPhone * (1 - (decimal)unplannedShrinkage) * month * open,
            workload.Sum(w => w.HandledHours) * month * open,
            byChannel);
    }
}
