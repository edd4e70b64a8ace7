namespace Workforce.Core.Forecasting;

/// <summary>
/// A forecast's volumes at the quantiles beside its median, as columns aligned with the forecast's intervals:
/// element <c>i</c> of a column is the volume of interval <c>i</c> of the forecast (whose
/// <see cref="ForecastInterval.Volume"/> is the P50). A null column means the forecast has no such quantile,
/// as a <c>forecast.csv</c> without a <c>volume_p80</c> column has no P80.
/// </summary>
/// <remarks>
/// <see cref="P10"/> is kept so that a forecast written by <c>workforce forecast</c> (which has it) is stored and
/// written back whole; staffing is run at P50, P80 or P90 only (<see cref="StaffingQuantile"/>).
/// </remarks>
public sealed class ForecastQuantiles
{
    public ForecastQuantiles(IReadOnlyList<double>? p10, IReadOnlyList<double>? p80, IReadOnlyList<double>? p90)
    {
        P10 = p10;
        P80 = p80;
        P90 = p90;
    }

    /// <summary>A forecast with its median only.</summary>
    public static ForecastQuantiles None { get; } = new(null, null, null);

    public IReadOnlyList<double>? P10 { get; }

    public IReadOnlyList<double>? P80 { get; }

    public IReadOnlyList<double>? P90 { get; }

    /// <summary>Whether there is no column beside the median.</summary>
    public bool IsEmpty => P10 is null && P80 is null && P90 is null;

    /// <summary>The columns of a quantile forecast, in its order (the order of the forecast at <see cref="QuantileForecastInterval.At"/>).</summary>
    public static ForecastQuantiles Of(IReadOnlyList<QuantileForecastInterval> forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return new([.. forecast.Select(f => f.P10)], [.. forecast.Select(f => f.P80)], [.. forecast.Select(f => f.P90)]);
    }

    /// <summary>Whether the forecast can be staffed at <paramref name="quantile"/>: P50 always, P80 and P90 when their column is there.</summary>
    public bool Has(StaffingQuantile quantile) => quantile == StaffingQuantile.P50 || Column(quantile) is not null;

    /// <summary>
    /// <paramref name="forecast"/> (the P50 these columns go with) with each interval's volume at
    /// <paramref name="quantile"/>; throws <see cref="InvalidOperationException"/> when the column is missing
    /// (see <see cref="Has"/>).
    /// </summary>
    public IReadOnlyList<ForecastInterval> Apply(IReadOnlyList<ForecastInterval> forecast, StaffingQuantile quantile)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        CheckAligned(forecast.Count, nameof(forecast));
        if (quantile == StaffingQuantile.P50)
        {
            return forecast;
        }

        var column = Column(quantile) ?? throw new InvalidOperationException($"The forecast has no {Name(quantile)} volumes.");
        return [.. forecast.Select((f, i) => f with { Volume = column[i] })];
    }

    /// <summary>Throws unless every column present has <paramref name="intervals"/> elements, one per interval of the forecast.</summary>
    public void CheckAligned(int intervals, string paramName)
    {
        foreach (var (name, column) in new[] { ("P10", P10), ("P80", P80), ("P90", P90) })
        {
            if (column is not null && column.Count != intervals)
            {
                throw new ArgumentException($"The {name} column has {column.Count} volumes for a forecast of {intervals} intervals.", paramName);
            }
        }
    }

    /// <summary>How planners and files name a quantile: p50, p80, p90.</summary>
    public static string Name(StaffingQuantile quantile) => quantile switch
    {
        StaffingQuantile.P50 => "p50",
        StaffingQuantile.P80 => "p80",
        StaffingQuantile.P90 => "p90",
        _ => throw new ArgumentOutOfRangeException(nameof(quantile), quantile, null),
    };

    private IReadOnlyList<double>? Column(StaffingQuantile quantile) => quantile switch
    {
        StaffingQuantile.P50 => null,
        StaffingQuantile.P80 => P80,
        StaffingQuantile.P90 => P90,
        _ => throw new ArgumentOutOfRangeException(nameof(quantile), quantile, null),
    };
}
