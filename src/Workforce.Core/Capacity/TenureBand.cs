namespace Workforce.Core.Capacity;

/// <summary>
/// An attrition rate for agents whose tenure (weeks since their class started training) lies in
/// [<see cref="FromWeek"/>, the next band's start): start included, end excluded.
/// </summary>
/// <param name="FromWeek">First week of tenure the band covers; the first band starts at 0.</param>
/// <param name="MonthlyRate">Share of the band's agents who leave in a month, in [0, 1).</param>
public sealed record TenureBand(int FromWeek, double MonthlyRate)
{
    public int FromWeek { get; } = FromWeek >= 0 ? FromWeek : throw new ArgumentOutOfRangeException(nameof(FromWeek), FromWeek, "Must not be negative.");

    public double MonthlyRate { get; } = double.IsFinite(MonthlyRate) && MonthlyRate is >= 0 and < 1
        ? MonthlyRate
        : throw new ArgumentOutOfRangeException(nameof(MonthlyRate), MonthlyRate, "Must lie in [0, 1): an attrition of 100 % or more leaves nobody.");

    /// <summary>
    /// The chance an agent in this band is still here a week later: (1 − m)^(12/52), the monthly
    /// survival spread evenly over the 52/12 weeks of a month, so that 52/12 weeks compound to (1 − m).
    /// </summary>
    public double WeeklySurvival => Math.Pow(1 - MonthlyRate, 12.0 / 52.0);

    /// <summary>The tenure week a band boundary given in months falls on: months × 52/12, rounded (3 months = 13 weeks, 12 = 52).</summary>
    public static int WeekOfMonth(double months) =>
        double.IsFinite(months) && months >= 0
            ? (int)Math.Round(months * 52.0 / 12.0, MidpointRounding.AwayFromZero)
            : throw new ArgumentOutOfRangeException(nameof(months), months, "Must be a finite number ≥ 0.");
}
