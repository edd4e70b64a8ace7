namespace Workforce.Core.Rostering.Search;

/// <summary>One agent's week: per day of the horizon, the candidate shift worked (an index into
/// <see cref="Solving.AgentPlan.Candidates"/>) or <see cref="Off"/>.</summary>
/// <param name="Choice">Per day, a candidate index or <see cref="Off"/>.</param>
/// <param name="Cost">What the schedule programme priced it at, in cents.</param>
public sealed record WeekSchedule(int[] Choice, long Cost)
{
    /// <summary>A day off.</summary>
    public const int Off = -1;

    /// <summary>The candidates worked, in day order.</summary>
    public IEnumerable<int> Worked => Choice.Where(k => k != Off);
}

/// <summary>
/// What one agent's choices cost or are worth in a pricing, in cents (negative: worth having): per
/// candidate shift, per day off and per weekend worked. The schedule programme minimises their sum.
/// </summary>
public sealed class SchedulePrices
{
    public SchedulePrices(int candidates, int days, int weekends)
    {
        Candidate = new long[candidates];
        DayOff = new long[days];
        Weekend = new long[weekends];
    }

    /// <summary>Per candidate, in <see cref="Solving.AgentPlan.Candidates"/> order.</summary>
    public long[] Candidate { get; }

    /// <summary>Per day of the horizon, the price of having it off.</summary>
    public long[] DayOff { get; }

    /// <summary>Per weekend (in <see cref="Solving.RosterModelData.WeekendDays"/> order), the price of working any of its days.</summary>
    public long[] Weekend { get; }

    /// <summary>The agent's own costs (<see cref="AgentCosts"/>) as prices, before any cover value is taken off.</summary>
    public static SchedulePrices From(AgentCosts costs, int weekends)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var prices = new SchedulePrices(costs.Candidate.Count, costs.OffDay.Count, weekends);
        for (var k = 0; k < prices.Candidate.Length; k++)
        {
            prices.Candidate[k] = costs.Candidate[k];
        }

        for (var day = 0; day < prices.DayOff.Length; day++)
        {
            prices.DayOff[day] = costs.OffDay[day];
        }

        Array.Fill(prices.Weekend, costs.WeekendCents);
        return prices;
    }
}
