namespace Workforce.Core.Forecasting;

/// <summary>Which forecast quantile staffing plans for: the median, or a higher risk cover.</summary>
public enum StaffingQuantile
{
    P50,
    P80,
    P90,
}
