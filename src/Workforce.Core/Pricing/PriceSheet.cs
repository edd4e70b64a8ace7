namespace Workforce.Core.Pricing;

/// <summary>A priced bid: the month's cost, a price per billing model and the sensitivity grid.</summary>
public sealed record PriceSheet(
    string Currency,
    ProfitTarget Target,
    MonthlyCost Cost,
    IReadOnlyList<ModelPrice> Prices,
    PerformanceFee Performance,
    IReadOnlyList<SensitivityCell> Sensitivity,
    int ContractMonths,
    PricePrecision Precision);
