namespace Workforce.Core.Staffing;

/// <summary>
/// Grosses a requirement up for <b>unplanned</b> shrinkage (absence, sickness, late log-in, down-time).
/// Planned shrinkage is not applied here: the roster places breaks and training explicitly.
/// </summary>
public static class ShrinkageGrossUp
{
    // Guards ceil against floating-point noise: 14 / (1 − 0.3) must not become 20.000000000000004 → 21.
    private const double RoundingTolerance = 1e-9;

    /// <summary>Agents to schedule so that, after unplanned shrinkage, <paramref name="requiredAgents"/> remain: ceil(required ÷ (1 − s)).</summary>
    public static int ScheduledAgents(double requiredAgents, double unplannedShrinkageFraction)
    {
        if (!double.IsFinite(requiredAgents) || requiredAgents < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requiredAgents), requiredAgents, "Must be a finite, non-negative number of agents.");
        }

        if (!double.IsFinite(unplannedShrinkageFraction) || unplannedShrinkageFraction is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(unplannedShrinkageFraction), unplannedShrinkageFraction, "Must lie in [0, 1).");
        }

        var grossed = requiredAgents / (1 - unplannedShrinkageFraction);
        return (int)Math.Ceiling(grossed - RoundingTolerance);
    }
}
