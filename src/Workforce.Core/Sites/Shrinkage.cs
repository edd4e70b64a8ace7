namespace Workforce.Core.Sites;

/// <summary>
/// Shrinkage in its two kinds, each a set of named components (fractions of paid time).
/// <para>
/// <b>Unplanned</b> shrinkage (absence, sickness, late log-in, system down-time) cannot be placed in a
/// roster, so staffing grosses the requirement up for it. <b>Planned</b> shrinkage (breaks, lunch,
/// training, coaching) is placed in the roster as activities, so staffing must not gross up for it:
/// doing both counts it twice. Planned shrinkage is kept for capacity planning before a roster exists.
/// </para>
/// </summary>
public sealed record Shrinkage(
    IReadOnlyDictionary<string, double> UnplannedComponents,
    IReadOnlyDictionary<string, double> PlannedComponents)
{
    /// <summary>Components add up, as planners quote them ("5 % absence + 3 % sickness = 8 %").</summary>
    public double UnplannedFraction => UnplannedComponents.Values.Sum();

    public double PlannedFraction => PlannedComponents.Values.Sum();

    public static Shrinkage None { get; } = new(new Dictionary<string, double>(), new Dictionary<string, double>());
}
