using NodaTime;

namespace Workforce.Core.Rostering;

/// <summary>
/// What a site's agents worked in the weeks before a planning week: the published rosters, and actual
/// worked time (time and attendance) where it was recorded. Shifts are in site-local time and belong to
/// the day they start.
/// </summary>
/// <param name="CoveredFrom">
/// The first day of the history: every day from it to the day before the planning week has a published
/// roster (a whole week's, so an agent without a shift that day was off).
/// </param>
/// <param name="Published">The published rosters' shifts from <paramref name="CoveredFrom"/> on.</param>
/// <param name="Worked">Actual worked time, one entry per stretch worked.</param>
/// <param name="WorkedThrough">
/// The last day worked time is recorded for: days up to it are read from <paramref name="Worked"/> (an
/// agent with none that day did not work), later days from <paramref name="Published"/>; null when none is.
/// </param>
public sealed record WorkHistory(LocalDate CoveredFrom, IReadOnlyList<BaselineShift> Published, IReadOnlyList<BaselineShift> Worked, LocalDate? WorkedThrough)
{
    public IReadOnlyList<BaselineShift> Published { get; } = Published ?? throw new ArgumentNullException(nameof(Published));

    public IReadOnlyList<BaselineShift> Worked { get; } = Worked ?? throw new ArgumentNullException(nameof(Worked));

    /// <summary>The agent's shifts as worked: recorded worked time through <see cref="WorkedThrough"/>, the published roster after it.</summary>
    public IReadOnlyList<BaselineShift> ShiftsOf(string agentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        var worked = Worked.Where(s => s.AgentId == agentId && WorkedThrough is { } last && s.Start.Date <= last);
        var published = Published.Where(s => s.AgentId == agentId && !(WorkedThrough is { } last && s.Start.Date <= last));
        return [.. worked.Concat(published).Where(s => s.Start.Date >= CoveredFrom).OrderBy(s => s.Start)];
    }
}

/// <summary>Where the service reads the work history a new week's carry-in is derived from (the database, in production).</summary>
public interface IWorkHistorySource
{
    /// <summary>
    /// The site's history over at most <paramref name="weeks"/> weeks before <paramref name="weekStart"/>:
    /// the unbroken run of weeks with a published roster that ends with the week before. Null when the
    /// week before has no published roster (the imported carry-in then applies).
    /// </summary>
    Task<WorkHistory?> LoadAsync(string siteId, LocalDate weekStart, int weeks, CancellationToken cancellationToken);
}
