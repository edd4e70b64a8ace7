namespace Workforce.Core.Forecasting;

/// <summary>
/// A volume forecasting method: fits itself to a channel's history and returns the expected contacts
/// per slot for whole days after it. Implementations see only the history they are given.
/// </summary>
public interface IForecastMethod
{
    /// <summary>The name used on the command line and in reports (e.g. <c>seasonal-naive</c>).</summary>
    string Name { get; }

    /// <summary>Whole days of history the method needs.</summary>
    int MinimumDays { get; }

    /// <summary>Fits to <paramref name="history"/> and forecasts the <paramref name="days"/> days that follow it.</summary>
    ModelFit Fit(SlotSeries history, int days);
}

/// <summary>A fitted model: what it estimated (for inspection and tests) and its point forecast.</summary>
/// <param name="Parameters">Fitted parameters by name, e.g. smoothing constants or the level.</param>
/// <param name="Mean">Expected contacts per slot, day after day, for the forecast days.</param>
public sealed record ModelFit(IReadOnlyDictionary<string, double> Parameters, IReadOnlyList<double> Mean);
