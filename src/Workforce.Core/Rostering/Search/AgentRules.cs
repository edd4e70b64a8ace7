namespace Workforce.Core.Rostering.Search;

/// <summary>
/// The hard rules of one agent's own week that the schedule programme states. Leaving one out
/// (<see cref="WeekProgramme.Create"/>) is how <see cref="AgentScreening"/> finds which rules contradict.
/// </summary>
[Flags]
public enum AgentRules
{
    None = 0,

    /// <summary>Paid time in each week at least the contract's minimum, less paid leave.</summary>
    MinimumHours = 1,

    /// <summary>Paid time in each week at most the contract's maximum, less paid leave.</summary>
    MaximumHours = 2,

    /// <summary>At most the contract's working days in each week.</summary>
    WorkingDays = 4,

    /// <summary>Rest between shifts, including from last week's last shift.</summary>
    Rest = 8,

    /// <summary>At most the contract's days worked in a row, counting last week's.</summary>
    ConsecutiveDays = 16,

    /// <summary>Days off in runs of at least the contract's minimum, counting last week's.</summary>
    DaysOffRuns = 32,

    /// <summary>Working days in runs of at least the contract's minimum (rotas), counting last week's.</summary>
    WorkingRuns = 64,

    /// <summary>Weekends worked within the contract's limit for its reference period, counting earlier weeks'.</summary>
    Weekends = 128,

    /// <summary>Every training session attended inside a shift worked.</summary>
    Training = 256,

    All = MinimumHours | MaximumHours | WorkingDays | Rest | ConsecutiveDays | DaysOffRuns | WorkingRuns | Weekends | Training,
}
