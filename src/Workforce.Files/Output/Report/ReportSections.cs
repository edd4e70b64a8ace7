using Workforce.Core.Capacity;
using Workforce.Core.Pricing;

namespace Workforce.Files.Output.Report;

/// <summary>
/// The report's optional sections, each present when the run made it: the forecast against its
/// history, the capacity plan and the price sheet.
/// </summary>
public sealed record ReportSections(ForecastAgainstHistory? Forecast = null, PriceSheet? Pricing = null, CapacityPlan? Capacity = null);
