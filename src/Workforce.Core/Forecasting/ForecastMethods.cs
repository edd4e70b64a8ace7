using NodaTime;

namespace Workforce.Core.Forecasting;

/// <summary>The methods Workforce offers, by name; <c>auto</c> backtests them all and keeps the best per channel.</summary>
public static class ForecastMethods
{
    public const string Auto = "auto";

    public static IReadOnlyList<string> Names { get; } =
        [Auto, SeasonalNaiveMethod.MethodName, SeasonalProfileMethod.MethodName, TaylorHoltWintersMethod.MethodName, PoissonRegressionMethod.MethodName];

    /// <summary>Every method, the baseline first (it wins ties, being the simplest).</summary>
    public static IReadOnlyList<IForecastMethod> All(IReadOnlySet<LocalDate> specialDays) =>
        [new SeasonalNaiveMethod(), new SeasonalProfileMethod(), new TaylorHoltWintersMethod(), new PoissonRegressionMethod(specialDays)];

    /// <summary>The method of this name, or null for <c>auto</c> or an unknown name.</summary>
    public static IForecastMethod? Find(string name, IReadOnlySet<LocalDate> specialDays) =>
        All(specialDays).FirstOrDefault(m => m.Name == name);
}
