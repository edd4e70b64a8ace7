namespace Workforce.Core.Pricing;

/// <summary>A support role paid per so many agents (team leaders, quality analysts, WFM analysts).</summary>
/// <param name="Name">As reports show it.</param>
/// <param name="AgentsPerRole">One person in the role per this many rostered agents (rounded up to whole people); &gt; 0.</param>
/// <param name="MonthlyCost">Fully loaded cost of one person in the role per month; ≥ 0.</param>
public sealed record SupportRole(string Name, decimal AgentsPerRole, decimal MonthlyCost);

/// <summary>
/// Replacing leavers: each one costs recruitment plus the new hire's training. The leavers per month
/// come from the capacity plan (<c>capacity.json</c>) once it exists; until then from <c>pricing.json</c>.
/// </summary>
public sealed record AttritionCost(decimal LeaversPerMonth, decimal RecruitmentCostPerLeaver, decimal TrainingCostPerLeaver)
{
    public decimal CostPerLeaver => RecruitmentCostPerLeaver + TrainingCostPerLeaver;

    public static AttritionCost None { get; } = new(0, 0, 0);
}

/// <summary>How the site's public holidays enter an average month.</summary>
/// <param name="DaysPerYear">Public holidays a year (by default counted from the site's calendar).</param>
/// <param name="Premium">Extra fraction of base pay for hours worked on one (1 = double time); used when the site opens.</param>
/// <param name="Closed">The site closes: no contacts are served or billed that day, and agents get the day as paid leave.</param>
public sealed record PublicHolidayTerms(decimal DaysPerYear, decimal Premium, bool Closed);

/// <summary>
/// The cost rates a price is built from, beyond what the roster already says (wages from
/// <c>agents.csv</c>, night and weekend premiums from <c>contracts.json</c>).
/// </summary>
/// <param name="EmployerOnCostFraction">Employer taxes and benefits as a share of pay (0.22 = +22 %).</param>
/// <param name="OvertimePremium">Extra fraction of base wage for paid hours above the weekly overtime threshold.</param>
/// <param name="OvertimeThresholdHours">Per contract id, paid hours a week after which overtime starts; a contract not listed uses its minimum paid hours (its contracted hours).</param>
/// <param name="Holidays">Public-holiday premium and closure.</param>
/// <param name="Attrition">Leavers and what replacing one costs.</param>
/// <param name="SupportRoles">Supervision and support per so many agents.</param>
/// <param name="SeatCostPerMonth">Workstation and technology cost per seat per month; seats are the roster's peak agents at work at once.</param>
/// <param name="OverheadFraction">Overhead as a share of every other cost.</param>
/// <param name="BillableShareOfAht">Per channel id: the share of handle time billed per minute.</param>
public sealed record CostRates(
    decimal EmployerOnCostFraction,
    decimal OvertimePremium,
    IReadOnlyDictionary<string, decimal> OvertimeThresholdHours,
    PublicHolidayTerms Holidays,
    AttritionCost Attrition,
    IReadOnlyList<SupportRole> SupportRoles,
    decimal SeatCostPerMonth,
    decimal OverheadFraction,
    IReadOnlyDictionary<string, decimal> BillableShareOfAht);
