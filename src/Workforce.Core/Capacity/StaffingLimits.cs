namespace Workforce.Core.Capacity;

/// <summary>
/// Optional room either side of the requirement. Overtime lets productive agents cover up to
/// <see cref="MaxOvertimeFraction"/> of their own FTE at <see cref="OvertimeCostPerFteWeek"/>, before a
/// shortfall is counted. Undertime beyond <see cref="MaxUndertimeFraction"/> of the requirement (idle
/// paid time the site cannot absorb with coaching or projects) is priced like a shortfall.
/// </summary>
public sealed record StaffingLimits(double MaxOvertimeFraction, decimal OvertimeCostPerFteWeek, double? MaxUndertimeFraction)
{
    public static StaffingLimits None { get; } = new(0, 0, null);

    public double MaxOvertimeFraction { get; } = double.IsFinite(MaxOvertimeFraction) && MaxOvertimeFraction is >= 0 and < 1
        ? MaxOvertimeFraction
        : throw new ArgumentOutOfRangeException(nameof(MaxOvertimeFraction), MaxOvertimeFraction, "Must lie in [0, 1).");

    public decimal OvertimeCostPerFteWeek { get; } = OvertimeCostPerFteWeek >= 0
        ? OvertimeCostPerFteWeek
        : throw new ArgumentOutOfRangeException(nameof(OvertimeCostPerFteWeek), OvertimeCostPerFteWeek, "Must not be negative.");

    public double? MaxUndertimeFraction { get; } = MaxUndertimeFraction is null or (>= 0 and < double.PositiveInfinity)
        ? MaxUndertimeFraction
        : throw new ArgumentOutOfRangeException(nameof(MaxUndertimeFraction), MaxUndertimeFraction, "Must be ≥ 0.");
}
