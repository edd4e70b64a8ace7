namespace Workforce.Core.Pricing;

/// <summary>Everything <c>pricing.json</c> says: rates, the profit target, price precision and the performance contract.</summary>
/// <param name="ContractMonths">Term one-off costs are spread over (hiring to grow head-count in the sensitivity grid).</param>
public sealed record PricingTerms(CostRates Rates, ProfitTarget Target, PricePrecision Precision, PerformanceTerms Performance, int ContractMonths);
