namespace Workforce.Core.Capacity;

/// <summary>
/// Turns a week's scheduled agent-hours into full-time equivalents (FTE) a plan must employ:
/// <code>
/// FTE = (scheduled agent-hours + planned activities) ÷ full-time hours ÷ (1 − absence and leave) ÷ scheduling efficiency
/// planned activities = scheduled agent-hours × p ÷ (1 − p),   p = the site's planned shrinkage
/// </code>
/// Scheduled agent-hours are staffing's <c>scheduled_agents</c>, already grossed up for the site's
/// unplanned shrinkage (sickness and absence on the day), so <see cref="AbsenceAndLeaveFraction"/>
/// holds only what the roster never sees: annual leave and long absences.
/// </summary>
/// <param name="FullTimeHoursPerWeek">Contract hours of one FTE; &gt; 0.</param>
/// <param name="PlannedFraction">Share of an agent's scheduled time spent on breaks, lunch, training and coaching, in [0, 1).</param>
/// <param name="AbsenceAndLeaveFraction">Share of contracted hours lost to annual leave and long absences, in [0, 1).</param>
/// <param name="SchedulingEfficiency">
/// Share of on-phone rostered hours that meet demand, in (0, 1]: shift patterns cannot follow the
/// demand curve exactly. A roster measures it (<see cref="EfficiencyFromRoster"/>).
/// </param>
public sealed record FteConversion(
    double FullTimeHoursPerWeek,
    double PlannedFraction,
    double AbsenceAndLeaveFraction,
    double SchedulingEfficiency)
{
    /// <summary>Used when no roster has measured it: a typical share for rosters of 8–9 h shifts against a two-hump day.</summary>
    public const double DefaultSchedulingEfficiency = 0.9;

    public double FullTimeHoursPerWeek { get; } = double.IsFinite(FullTimeHoursPerWeek) && FullTimeHoursPerWeek > 0
        ? FullTimeHoursPerWeek
        : throw new ArgumentOutOfRangeException(nameof(FullTimeHoursPerWeek), FullTimeHoursPerWeek, "Must be greater than 0.");

    public double PlannedFraction { get; } = ValidFraction(PlannedFraction, nameof(PlannedFraction));

    public double AbsenceAndLeaveFraction { get; } = ValidFraction(AbsenceAndLeaveFraction, nameof(AbsenceAndLeaveFraction));

    public double SchedulingEfficiency { get; } = double.IsFinite(SchedulingEfficiency) && SchedulingEfficiency is > 0 and <= 1
        ? SchedulingEfficiency
        : throw new ArgumentOutOfRangeException(nameof(SchedulingEfficiency), SchedulingEfficiency, "Must lie in (0, 1].");

    /// <summary>The FTE needed to deliver <paramref name="scheduledAgentHours"/> on the phones in a week.</summary>
    public double RequiredFte(double scheduledAgentHours)
    {
        if (!double.IsFinite(scheduledAgentHours) || scheduledAgentHours < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scheduledAgentHours), scheduledAgentHours, "Must be a finite number ≥ 0.");
        }

        var withPlanned = scheduledAgentHours / (1 - PlannedFraction);
        return withPlanned / FullTimeHoursPerWeek / (1 - AbsenceAndLeaveFraction) / SchedulingEfficiency;
    }

    /// <summary>
    /// The scheduling efficiency a roster achieved: required agent-hours it covered ÷ its on-phone paid
    /// hours, where on-phone paid hours = paid hours × (1 − planned fraction). Capped at 1.
    /// </summary>
    public static double EfficiencyFromRoster(double requiredAgentHours, double underCoverageAgentHours, double paidHours, double plannedFraction)
    {
        if (!(paidHours > 0) || !double.IsFinite(paidHours))
        {
            throw new ArgumentOutOfRangeException(nameof(paidHours), paidHours, "A roster without paid hours measures nothing.");
        }

        var covered = requiredAgentHours - underCoverageAgentHours;
        var onPhone = paidHours * (1 - ValidFraction(plannedFraction, nameof(plannedFraction)));
        var efficiency = covered / onPhone;
        return double.IsFinite(efficiency) && efficiency > 0
            ? Math.Min(efficiency, 1)
            : throw new ArgumentOutOfRangeException(nameof(requiredAgentHours), efficiency, "The roster covered no required hours.");
    }

    private static double ValidFraction(double value, string name) =>
        double.IsFinite(value) && value is >= 0 and < 1 ? value : throw new ArgumentOutOfRangeException(name, value, "Must lie in [0, 1).");
}
