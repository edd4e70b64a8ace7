using NodaTime;

namespace Workforce.Core.Planning;

/// <summary>
/// The days a daily re-plan on <see cref="PlanDate"/> works on. Shifts of the freeze window (the plan date
/// and the <c>freezeDays − 1</c> days after it) have been told to agents and must not change, and days
/// before the plan date have been worked, so the first day the re-plan may change is
/// <see cref="FirstOpenDay"/>. The roster engine plans one week, so the re-plan rosters the site week (on
/// the grid of the site's week start, every seven days) that contains the first open day; its days before
/// the first open day are frozen. The forecast runs from the plan date to the end of that week, or to the
/// end of the horizon when that is later, so staffing covers the whole horizon.
/// </summary>
/// <param name="PlanDate">The site's local date the re-plan is for.</param>
/// <param name="FirstOpenDay">The plan date plus the freeze days: the first day whose shifts may change.</param>
/// <param name="WeekStart">The first day of the week rostered.</param>
/// <param name="ForecastThrough">The last day forecast (included).</param>
public sealed record ReplanWindow(LocalDate PlanDate, LocalDate FirstOpenDay, LocalDate WeekStart, LocalDate ForecastThrough)
{
    /// <summary>The last day of the week rostered (included).</summary>
    public LocalDate WeekEnd => WeekStart.PlusDays(6);

    /// <summary>The last frozen day: the day before the first open day.</summary>
    public LocalDate FrozenThrough => FirstOpenDay.PlusDays(-1);

    /// <summary>Days forecast from the plan date on.</summary>
    public int ForecastDays => Period.Between(PlanDate, ForecastThrough, PeriodUnits.Days).Days + 1;

    /// <param name="siteWeekStart">Any first day of a site week: the grid of weeks runs every seven days from it, both ways.</param>
    /// <param name="planDate">The plan date.</param>
    /// <param name="freezeDays">Days from the plan date whose shifts must not change; ≥ 0.</param>
    /// <param name="horizonDays">Days from the plan date that staffing covers; ≥ 1.</param>
    public static ReplanWindow For(LocalDate siteWeekStart, LocalDate planDate, int freezeDays, int horizonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(freezeDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizonDays, 1);
        var firstOpen = planDate.PlusDays(freezeDays);
        var daysFromGrid = Period.Between(siteWeekStart, firstOpen, PeriodUnits.Days).Days;
        var weekStart = siteWeekStart.PlusDays(7 * (int)Math.Floor(daysFromGrid / 7.0));
        var weekEnd = weekStart.PlusDays(6);
        var horizonEnd = planDate.PlusDays(horizonDays - 1);
        return new ReplanWindow(planDate, firstOpen, weekStart, weekEnd > horizonEnd ? weekEnd : horizonEnd);
    }
}
