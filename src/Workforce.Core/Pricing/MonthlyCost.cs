namespace Workforce.Core.Pricing;

/// <summary>
/// The cost of serving the client for one average month, line by line, in full decimal precision
/// (nothing here is rounded; prices are rounded once, at their own precision).
/// </summary>
public sealed record MonthlyCost(
    decimal BasePay,
    decimal NightPremiumPay,
    decimal WeekendPremiumPay,
    decimal OvertimePay,
    decimal PublicHolidayPremiumPay,
    decimal EmployerOnCosts,
    decimal AttritionReplacement,
    decimal GrowthHiring,
    decimal SupportStaff,
    decimal Seats,
    decimal Overhead,
    decimal PaidHours,
    decimal ProductiveHours,
    decimal HandledHours,
    IReadOnlyDictionary<string, decimal> ByChannel)
{
    public decimal Pay => BasePay + NightPremiumPay + WeekendPremiumPay + OvertimePay + PublicHolidayPremiumPay;

    public decimal Total => Pay + EmployerOnCosts + AttritionReplacement + GrowthHiring + SupportStaff + Seats + Overhead;

    public decimal PerPaidHour => PaidHours == 0 ? 0 : Total / PaidHours;

    /// <summary>Per hour on the phones after unplanned shrinkage.</summary>
    public decimal PerProductiveHour => ProductiveHours == 0 ? 0 : Total / ProductiveHours;

    /// <summary>Per hour of actual handling (productive hours × occupancy).</summary>
    public decimal PerHandledHour => HandledHours == 0 ? 0 : Total / HandledHours;
}
