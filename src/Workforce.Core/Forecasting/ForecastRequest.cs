using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>What to forecast: whole local days from <paramref name="From"/>, on a grid of <paramref name="IntervalLength"/> in <paramref name="Zone"/>.</summary>
/// <param name="Method">A name from <see cref="ForecastMethods.Names"/>.</param>
/// <param name="SpecialDays">Dates the regression treats as special (public holidays, say).</param>
public sealed record ForecastRequest(DateTimeZone Zone, Duration IntervalLength, LocalDate From, int Days, string Method, IReadOnlySet<LocalDate> SpecialDays);

/// <summary>One channel's forecast and how its method was chosen.</summary>
/// <param name="Method">The method used (the winner of the backtest under <c>auto</c>).</param>
/// <param name="Fit">The fitted model: its parameters and point forecast from the end of the history.</param>
/// <param name="Backtest">Scores of the methods backtested (under <c>auto</c> all that the history allows, else the one chosen).</param>
public sealed record ChannelForecast(
    string ChannelId,
    string Method,
    ModelFit Fit,
    double Kappa,
    IReadOnlyList<BacktestScore> Backtest,
    IReadOnlyList<QuantileForecastInterval> Intervals)
{
    /// <summary>Under <c>auto</c>, the methods the history was too short to backtest, so they did not take part.</summary>
    public IReadOnlyList<LeftOutMethod> LeftOut { get; init; } = [];
}

/// <summary>A method <c>auto</c> left out because the channel's history was too short for its backtest.</summary>
/// <param name="Method">The method's name.</param>
/// <param name="DaysNeeded">Days of history it needs: its minimum to fit and one more to calibrate the intervals.</param>
public sealed record LeftOutMethod(string Method, int DaysNeeded);

/// <summary>History that cannot support the forecast asked for (too short, no handle times); the message names the channel.</summary>
public sealed class ForecastInputException(string message) : Exception(message);
