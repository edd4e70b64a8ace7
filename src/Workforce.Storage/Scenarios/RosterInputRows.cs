using NodaTime;
using Workforce.Core.Rostering;

namespace Workforce.Storage.Scenarios;

/// <summary>A row of <c>contracts</c>; its breaks are rows of <c>contract_breaks</c>.</summary>
internal sealed class ContractRow
{
    public string ContractId { get; init; } = "";
    public int Position { get; init; }
    public TimeSpan MinPaidPerWeek { get; init; }
    public TimeSpan MaxPaidPerWeek { get; init; }
    public int MaxWorkingDays { get; init; }
    public TimeSpan MinRestBetweenShifts { get; init; }
    public int MaxConsecutiveWorkingDays { get; init; }
    public int MinConsecutiveDaysOff { get; init; }
    public int MaxWeekendsWorked { get; init; }
    public int WeekendReferenceWeeks { get; init; }
    public TimeSpan[] ShiftLengths { get; init; } = [];
    public TimeSpan EarliestStart { get; init; }
    public TimeSpan LatestStart { get; init; }
    public decimal NightPremium { get; init; }
    public decimal WeekendPremium { get; init; }

    public static ContractRow From(Contract contract, int position) => new()
    {
        ContractId = contract.Id,
        Position = position,
        MinPaidPerWeek = contract.MinPaidPerWeek.ToTimeSpan(),
        MaxPaidPerWeek = contract.MaxPaidPerWeek.ToTimeSpan(),
        MaxWorkingDays = contract.MaxWorkingDays,
        MinRestBetweenShifts = contract.MinRestBetweenShifts.ToTimeSpan(),
        MaxConsecutiveWorkingDays = contract.MaxConsecutiveWorkingDays,
        MinConsecutiveDaysOff = contract.MinConsecutiveDaysOff,
        MaxWeekendsWorked = contract.MaxWeekendsWorked,
        WeekendReferenceWeeks = contract.WeekendReferenceWeeks,
        ShiftLengths = [.. contract.ShiftLengths.Select(l => l.ToTimeSpan())],
        EarliestStart = contract.EarliestStart.ToTimeOnly().ToTimeSpan(),
        LatestStart = contract.LatestStart.ToTimeOnly().ToTimeSpan(),
        NightPremium = contract.NightPremium,
        WeekendPremium = contract.WeekendPremium,
    };

    public Contract ToDomain(IEnumerable<BreakRow> breaks) => new(
        ContractId,
        Duration.FromTimeSpan(MinPaidPerWeek),
        Duration.FromTimeSpan(MaxPaidPerWeek),
        MaxWorkingDays,
        Duration.FromTimeSpan(MinRestBetweenShifts),
        MaxConsecutiveWorkingDays,
        MinConsecutiveDaysOff,
        MaxWeekendsWorked,
        WeekendReferenceWeeks,
        [.. ShiftLengths.Select(Duration.FromTimeSpan)],
        LocalTime.FromTimeOnly(TimeOnly.FromTimeSpan(EarliestStart)),
        LocalTime.FromTimeOnly(TimeOnly.FromTimeSpan(LatestStart)),
        [.. breaks.OrderBy(b => b.Position).Select(b => b.ToDomain())],
        NightPremium,
        WeekendPremium);
}

/// <summary>A row of <c>contract_breaks</c>.</summary>
internal sealed class BreakRow
{
    public string ContractId { get; init; } = "";
    public int Position { get; init; }
    public string Activity { get; init; } = "";
    public TimeSpan Length { get; init; }
    public bool Paid { get; init; }
    public TimeSpan MinShiftLength { get; init; }
    public TimeSpan EarliestAfterStart { get; init; }
    public TimeSpan LatestStartAfterStart { get; init; }

    public static BreakRow From(string contractId, BreakRule rule, int position) => new()
    {
        ContractId = contractId,
        Position = position,
        Activity = rule.Activity,
        Length = rule.Length.ToTimeSpan(),
        Paid = rule.Paid,
        MinShiftLength = rule.MinShiftLength.ToTimeSpan(),
        EarliestAfterStart = rule.EarliestAfterStart.ToTimeSpan(),
        LatestStartAfterStart = rule.LatestStartAfterStart.ToTimeSpan(),
    };

    public BreakRule ToDomain() => new(
        Activity,
        Duration.FromTimeSpan(Length),
        Paid,
        Duration.FromTimeSpan(MinShiftLength),
        Duration.FromTimeSpan(EarliestAfterStart),
        Duration.FromTimeSpan(LatestStartAfterStart));
}

/// <summary>A row of <c>agents</c>; the skills are rows of <c>agent_skills</c>.</summary>
internal sealed class AgentRow
{
    /// <summary>Status names as the database (and <c>agents.csv</c>) spell them.</summary>
    private static readonly Dictionary<AgentStatus, string> StatusNames = new Dictionary<AgentStatus, string>
    {
        [AgentStatus.Production] = "production",
        [AgentStatus.Nesting] = "nesting",
        [AgentStatus.InTraining] = "in_training",
    };

    public string AgentId { get; init; } = "";
    public int Position { get; init; }
    public string Name { get; init; } = "";
    public string ContractId { get; init; } = "";
    public decimal HourlyWage { get; init; }
    public string Status { get; init; } = "";
    public double ProductivityFactor { get; init; }

    public static AgentRow From(Agent agent, int position) => new()
    {
        AgentId = agent.Id,
        Position = position,
        Name = agent.Name,
        ContractId = agent.ContractId,
        HourlyWage = agent.HourlyWage,
        Status = StatusNames[agent.Status],
        ProductivityFactor = agent.ProductivityFactor,
    };

    public Agent ToDomain(IEnumerable<SkillRow> skills) => new(
        AgentId,
        Name,
        [.. skills.OrderBy(s => s.Position).Select(s => new AgentSkill(s.ChannelId, s.Proficiency))],
        ContractId,
        HourlyWage,
        StatusNames.Single(s => s.Value == Status).Key,
        ProductivityFactor);
}

/// <summary>A row of <c>agent_skills</c>.</summary>
internal sealed class SkillRow
{
    public string AgentId { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public int Position { get; init; }
    public double Proficiency { get; init; }
}

/// <summary>A row of <c>time_off</c>, in the site's local time.</summary>
internal sealed class TimeOffRow
{
    public string AgentId { get; init; } = "";
    public int Position { get; init; }
    public DateTime StartsAt { get; init; }
    public DateTime EndsAt { get; init; }
    public string Reason { get; init; } = "";

    public static TimeOffRow From(TimeOff timeOff, int position) => new()
    {
        AgentId = timeOff.AgentId,
        Position = position,
        StartsAt = timeOff.Start.ToDateTimeUnspecified(),
        EndsAt = timeOff.End.ToDateTimeUnspecified(),
        Reason = timeOff.Reason,
    };

    public TimeOff ToDomain() => new(AgentId, LocalDateTime.FromDateTime(StartsAt), LocalDateTime.FromDateTime(EndsAt), Reason);
}

/// <summary>A row of <c>carry_in</c>, in the site's local time.</summary>
internal sealed class CarryInRow
{
    public string AgentId { get; init; } = "";
    public int Position { get; init; }
    public DateTime? LastShiftStart { get; init; }
    public DateTime? LastShiftEnd { get; init; }
    public int ConsecutiveDaysWorked { get; init; }
    public int WeekendsWorked { get; init; }
    public int LateShiftsWorked { get; init; }
    public int ConsecutiveDaysOff { get; init; }

    public static CarryInRow From(AgentCarryIn carryIn, int position) => new()
    {
        AgentId = carryIn.AgentId,
        Position = position,
        LastShiftStart = carryIn.LastShiftStart?.ToDateTimeUnspecified(),
        LastShiftEnd = carryIn.LastShiftEnd?.ToDateTimeUnspecified(),
        ConsecutiveDaysWorked = carryIn.ConsecutiveDaysWorked,
        WeekendsWorked = carryIn.WeekendsWorkedInReferencePeriod,
        LateShiftsWorked = carryIn.LateShiftsWorkedInReferencePeriod,
        ConsecutiveDaysOff = carryIn.ConsecutiveDaysOff,
    };

    public AgentCarryIn ToDomain() => new(
        AgentId,
        LastShiftEnd is { } end ? LocalDateTime.FromDateTime(end) : null,
        ConsecutiveDaysWorked,
        WeekendsWorked)
    {
        LateShiftsWorkedInReferencePeriod = LateShiftsWorked,
        ConsecutiveDaysOff = ConsecutiveDaysOff,
        LastShiftStart = LastShiftStart is { } start ? LocalDateTime.FromDateTime(start) : null,
    };
}
