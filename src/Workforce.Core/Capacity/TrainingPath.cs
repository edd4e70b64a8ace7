namespace Workforce.Core.Capacity;

/// <summary>
/// The road from hire to the phones: <see cref="TrainingWeeks"/> in the classroom (paid, off the
/// phones), then one nesting week per entry of <see cref="NestingProductivity"/> at that productivity,
/// then full production. A class starting training in week w is in production from week
/// w + training + nesting.
/// </summary>
public sealed class TrainingPath
{
    public TrainingPath(int trainingWeeks, IReadOnlyList<double> nestingProductivity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trainingWeeks);
        ArgumentNullException.ThrowIfNull(nestingProductivity);
        if (nestingProductivity.Any(p => !double.IsFinite(p) || p is < 0 or > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(nestingProductivity), "Every nesting productivity must lie in [0, 1].");
        }

        TrainingWeeks = trainingWeeks;
        NestingProductivity = [.. nestingProductivity];
    }

    public int TrainingWeeks { get; }

    public IReadOnlyList<double> NestingProductivity { get; }

    public int NestingWeeks => NestingProductivity.Count;

    /// <summary>Weeks from the start of training to the first week of full production.</summary>
    public int WeeksToProduction => TrainingWeeks + NestingWeeks;

    /// <summary>The stage <paramref name="weeksSinceStart"/> weeks after the class started training (week 0 is its first).</summary>
    public CapacityStage StageAt(int weeksSinceStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weeksSinceStart);
        return weeksSinceStart < TrainingWeeks ? CapacityStage.Training
            : weeksSinceStart < WeeksToProduction ? CapacityStage.Nesting
            : CapacityStage.Production;
    }

    /// <summary>What an hour of the agent counts for on the phones in that week: 0 in training, the curve while nesting, 1 after.</summary>
    public double ProductivityAt(int weeksSinceStart) => StageAt(weeksSinceStart) switch
    {
        CapacityStage.Training => 0,
        CapacityStage.Nesting => NestingProductivity[weeksSinceStart - TrainingWeeks],
        _ => 1,
    };
}
