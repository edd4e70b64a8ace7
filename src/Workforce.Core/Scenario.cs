using Workforce.Core.Forecasting;
using Workforce.Core.Sites;

namespace Workforce.Core;

/// <summary>Everything a planner supplies for one site and planning period.</summary>
public sealed record Scenario(Site Site, IReadOnlyList<ForecastInterval> Forecast);
