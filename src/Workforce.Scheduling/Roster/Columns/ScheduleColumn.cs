namespace Workforce.Scheduling.Roster.Columns;

/// <summary>
/// One lawful schedule of one agent over the horizon (a column of the cover master): the candidate
/// worked each day or <see cref="ShiftRoster.Off"/>, its own cost (requests, preferences, wages when
/// counted; cover aside) and the cover demands it works towards.
/// </summary>
internal sealed record ScheduleColumn(int Agent, int[] Choice, long Cost, int[] Covers)
{
    /// <summary>A key that tells two schedules of the same agent apart.</summary>
    public string Signature { get; } = Agent + ":" + string.Join(',', Choice);
}
