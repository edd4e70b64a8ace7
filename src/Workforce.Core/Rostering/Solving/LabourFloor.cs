namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// A lower bound on the roster objective that needs no solver: every agent must be paid their
/// weekly minimum, and no minute can be bought cheaper than their cheapest candidate shift's rate.
/// Every other objective term (shortfall, surplus, routing) is non-negative, so the sum is a proven
/// bound. It is weak where demand cannot be met, and is used only when the solver proves nothing better.
/// </summary>
public static class LabourFloor
{
    public static double Cents(RosterModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.Weights.IncludeLabourCost)
        {
            return 0;
        }

        double floor = 0;
        foreach (var plan in data.Agents)
        {
            var paying = plan.Candidates.Where(c => c.PaidMinutes > 0).ToList();
            if (paying.Count > 0 && plan.MinimumPaidMinutes > 0)
            {
                floor += plan.MinimumPaidMinutes * paying.Min(c => (double)c.CostCents / c.PaidMinutes);
            }
        }

        // Costs are whole cents per shift, so the floor may be rounded down safely.
        return Math.Floor(floor);
    }
}
