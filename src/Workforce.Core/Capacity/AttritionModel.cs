namespace Workforce.Core.Capacity;

/// <summary>
/// Attrition by tenure band, applied weekly as a survival factor. An agent's tenure grows by one week
/// each week, so they move from band to band as they stay (a new hire leaves faster than a veteran).
/// </summary>
public sealed class AttritionModel
{
    public AttritionModel(IReadOnlyList<TenureBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0 || bands[0].FromWeek != 0)
        {
            throw new ArgumentException("The first band must start at tenure week 0.", nameof(bands));
        }

        for (var i = 1; i < bands.Count; i++)
        {
            if (bands[i].FromWeek <= bands[i - 1].FromWeek)
            {
                throw new ArgumentException("Bands must start at strictly increasing tenure weeks.", nameof(bands));
            }
        }

        Bands = [.. bands];
    }

    public IReadOnlyList<TenureBand> Bands { get; }

    /// <summary>The band holding an agent of this tenure; the last band has no end.</summary>
    public TenureBand BandAt(int tenureWeeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tenureWeeks);
        for (var i = Bands.Count - 1; i > 0; i--)
        {
            if (tenureWeeks >= Bands[i].FromWeek)
            {
                return Bands[i];
            }
        }

        return Bands[0];
    }

    /// <summary>The chance an agent of this tenure is still here one week later.</summary>
    public double WeeklySurvival(int tenureWeeks) => BandAt(tenureWeeks).WeeklySurvival;

    /// <summary>
    /// The chance an agent whose tenure is <paramref name="tenureWeeks"/> now is still here after
    /// <paramref name="weeks"/> weeks: the product of each week's survival, in the band of that week.
    /// </summary>
    public double Survival(int tenureWeeks, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        var survival = 1.0;
        for (var week = 0; week < weeks; week++)
        {
            survival *= WeeklySurvival(tenureWeeks + week);
        }

        return survival;
    }
}
