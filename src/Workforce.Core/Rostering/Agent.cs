namespace Workforce.Core.Rostering;

/// <summary>An agent the roster may place: skills, contract, pay and how much they count for on the phones.</summary>
/// <param name="Id">Unique key used in every other file (time off, carry-in, roster).</param>
/// <param name="Name">Name a planner reads in reports.</param>
/// <param name="Skills">At least one; each channel at most once.</param>
/// <param name="ContractId">The <see cref="Contract"/> whose rules apply.</param>
/// <param name="HourlyWage">Base pay per paid hour, in the site's currency, before premiums; ≥ 0.</param>
/// <param name="Status">Production, nesting or in training.</param>
/// <param name="ProductivityFactor">
/// What one hour on the phones counts for: 1 in production, in (0, 1] while nesting, 0 in training
/// (never on the phones).
/// </param>
public sealed record Agent(
    string Id,
    string Name,
    IReadOnlyList<AgentSkill> Skills,
    string ContractId,
    decimal HourlyWage,
    AgentStatus Status,
    double ProductivityFactor)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(Id) ? throw new ArgumentOutOfRangeException(nameof(Id), Id, "An agent needs an id.") : Id;

    public IReadOnlyList<AgentSkill> Skills { get; } = ValidSkills(Skills);

    public string ContractId { get; } = string.IsNullOrWhiteSpace(ContractId)
        ? throw new ArgumentOutOfRangeException(nameof(ContractId), ContractId, "An agent needs a contract.")
        : ContractId;

    public decimal HourlyWage { get; } = HourlyWage >= 0 ? HourlyWage : throw new ArgumentOutOfRangeException(nameof(HourlyWage), HourlyWage, "A wage must not be negative.");

    public AgentStatus Status { get; } = Enum.IsDefined(Status) ? Status : throw new ArgumentOutOfRangeException(nameof(Status), Status, "Unknown status.");

    public double ProductivityFactor { get; } = ValidProductivity(Status, ProductivityFactor);

    /// <summary>The agent's proficiency on a channel, or 0 when they lack the skill.</summary>
    public double ProficiencyOn(string channelId) => Skills.FirstOrDefault(s => s.ChannelId == channelId)?.Proficiency ?? 0;

    public bool Equals(Agent? other) =>
        other is not null
        && Id == other.Id
        && Name == other.Name
        && Skills.SequenceEqual(other.Skills)
        && ContractId == other.ContractId
        && HourlyWage == other.HourlyWage
        && Status == other.Status
        && ProductivityFactor.Equals(other.ProductivityFactor);

    public override int GetHashCode() => HashCode.Combine(Id, ContractId, Status);

    private static IReadOnlyList<AgentSkill> ValidSkills(IReadOnlyList<AgentSkill> skills)
    {
        ArgumentNullException.ThrowIfNull(skills);
        if (skills.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(skills), "An agent needs at least one skill.");
        }

        if (skills.Select(s => s.ChannelId).Distinct(StringComparer.Ordinal).Count() != skills.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(skills), "An agent lists a channel more than once.");
        }

        return [.. skills];
    }

    private static double ValidProductivity(AgentStatus status, double factor) => status switch
    {
        AgentStatus.Production when factor == 1 => factor,
        AgentStatus.Nesting when factor is > 0 and <= 1 => factor,
        AgentStatus.InTraining when factor == 0 => factor,
        _ => throw new ArgumentOutOfRangeException(
            nameof(factor), factor, "Productivity must be 1 in production, in (0, 1] while nesting and 0 in training."),
    };
}
