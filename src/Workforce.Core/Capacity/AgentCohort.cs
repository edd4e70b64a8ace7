namespace Workforce.Core.Capacity;

/// <summary>
/// Agents who share a primary skill, a tenure and an FTE weight, so one survival curve describes them.
/// </summary>
/// <param name="Skill">The channel they count towards: their most proficient skill.</param>
/// <param name="WeeksSinceHire">
/// Whole weeks since their class started training, at the horizon's first week. Agents whose hire
/// date is unknown are established: <see cref="EstablishedWeeks"/>.
/// </param>
/// <param name="FteWeight">Contract hours ÷ full-time hours: a 20 h part-timer on a 40 h FTE counts 0.5.</param>
/// <param name="Headcount">How many agents; ≥ 0.</param>
public sealed record AgentCohort(string Skill, int WeeksSinceHire, double FteWeight, int Headcount)
{
    /// <summary>The tenure given to agents without a hire date: past every band boundary and every training path.</summary>
    public const int EstablishedWeeks = 5200;

    public int WeeksSinceHire { get; } = WeeksSinceHire >= 0 ? WeeksSinceHire : throw new ArgumentOutOfRangeException(nameof(WeeksSinceHire), WeeksSinceHire, "Must not be negative.");

    public double FteWeight { get; } = double.IsFinite(FteWeight) && FteWeight > 0 ? FteWeight : throw new ArgumentOutOfRangeException(nameof(FteWeight), FteWeight, "Must be greater than 0.");

    public int Headcount { get; } = Headcount >= 0 ? Headcount : throw new ArgumentOutOfRangeException(nameof(Headcount), Headcount, "Must not be negative.");
}
