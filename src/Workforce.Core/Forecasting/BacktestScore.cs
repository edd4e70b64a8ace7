namespace Workforce.Core.Forecasting;

/// <summary>How one method did over the rolling origins of a backtest.</summary>
/// <param name="Method">The method's name.</param>
/// <param name="Origins">Forecast origins tried.</param>
/// <param name="Intervals">Intervals forecast and compared, over all origins.</param>
/// <param name="Wape">Σ|actual − forecast| ÷ Σ actual.</param>
/// <param name="Mase">Mean absolute error ÷ the in-sample mean absolute error of the seasonal naïve forecast (one week back).</param>
/// <param name="Coverage">Share of intervals with at least 5 contacts inside the P10–P90 band, with <paramref name="Kappa"/> calibrated on these same origins.</param>
/// <param name="Kappa">The over-dispersion that the intervals use (see <see cref="IntervalCalibration"/>).</param>
public sealed record BacktestScore(string Method, int Origins, int Intervals, double Wape, double Mase, double Coverage, double Kappa);
