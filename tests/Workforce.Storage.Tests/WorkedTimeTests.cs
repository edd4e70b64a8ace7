using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;
using Workforce.Storage.Planning;
using Workforce.Storage.Scenarios;
using Workforce.Tests.Database;

namespace Workforce.Storage.Tests;

/// <summary>Worked time (<c>worked_time.csv</c>): stored by an import, written back by an export, read by the carry-in derivation.</summary>
public sealed class WorkedTimeTests : IDisposable
{
    private const string Header = "agent_id,start,end\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("workforce-worked-time-");

    [DatabaseFact]
    public async Task Worked_time_written_back_from_the_database_is_the_same_file_byte_for_byte()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        // By start, then agent order (A001 before A003 at the same start), as the export writes; a night stretch runs past midnight.
        var input = Write(
            "input.csv",
            "A002,2026-03-08T08:00,2026-03-08T12:00",
            "A001,2026-03-08T09:00,2026-03-08T17:00",
            "A001,2026-03-09T09:00,2026-03-09T17:30",
            "A003,2026-03-09T09:00,2026-03-09T15:00",
            "A003,2026-03-14T22:00,2026-03-15T06:30");
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, inputs, null, Read(input, scenario, inputs), CancellationToken.None);

        var output = Path.Combine(_folder.FullName, WorkedTimeCsvReader.FileName);
        WorkedTimeCsvWriter.Write(output, await new WorkedTimeStore(database.DataSource).LoadAsync("sample", CancellationToken.None));

        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(output));
    }

    [DatabaseFact]
    public async Task A_later_import_adds_stretches_keeps_the_others_and_replaces_the_ones_it_overlaps()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var importer = new ScenarioImporter(database.DataSource);
        var first = Write("first.csv", "A001,2026-03-08T09:00,2026-03-08T17:00", "A001,2026-03-09T09:00,2026-03-09T17:00");
        var second = Write("second.csv", "A001,2026-03-09T09:05,2026-03-09T17:00", "A001,2026-03-10T09:00,2026-03-10T17:00");
        await importer.ImportAsync("sample", scenario, inputs, null, Read(first, scenario, inputs), CancellationToken.None);

        await importer.ImportAsync("sample", scenario, inputs, null, Read(second, scenario, inputs), CancellationToken.None);
        var stored = await new WorkedTimeStore(database.DataSource).LoadAsync("sample", CancellationToken.None);

        Assert.Equal(
            [new LocalDateTime(2026, 3, 8, 9, 0), new LocalDateTime(2026, 3, 9, 9, 5), new LocalDateTime(2026, 3, 10, 9, 0)],
            stored.Select(s => s.Start));
    }

    [DatabaseFact]
    public async Task Imported_worked_time_that_differs_from_the_published_roster_on_the_last_day_is_what_the_carry_in_is_derived_from()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var (scenario, inputs) = SampleScenario.Load();
        var week = scenario.Site.WeekStart;
        Assert.Equal(new LocalDate(2026, 3, 8), week);
        // Published: A001 works Sunday to Thursday and has the weekend (Friday, Saturday) off.
        var published = Enumerable.Range(0, 5)
            .Select(d => new BaselineShift("A001", week.PlusDays(d).At(new LocalTime(9, 0)), week.PlusDays(d).At(new LocalTime(17, 0))))
            .ToList();
        // Worked: as published, and a late shift on the Saturday, the week's last day.
        var worked = Write(
            WorkedTimeCsvReader.FileName,
            [.. published.Select(s => $"A001,{s.Start:uuuu-MM-ddTHH:mm},{s.End:uuuu-MM-ddTHH:mm}"), "A001,2026-03-14T14:00,2026-03-14T22:00"]);
        var withBaseline = inputs with { Baseline = new BaselineRoster(published, null) };
        await new ScenarioImporter(database.DataSource).ImportAsync("sample", scenario, withBaseline, null, Read(worked, scenario, inputs), CancellationToken.None);

        var next = week.PlusWeeks(1);
        var history = await new WorkHistoryStore(database.DataSource).LoadAsync("sample", next, 4, CancellationToken.None);
        Assert.NotNull(history);
        var derived = CarryIn(history);
        var fromRosterOnly = CarryIn(new WorkHistory(history.CoveredFrom, history.Published, [], null));

        Assert.Equal(new LocalDate(2026, 3, 14), history.WorkedThrough);
        Assert.Equal((new LocalDateTime(2026, 3, 14, 14, 0), new LocalDateTime(2026, 3, 14, 22, 0), 1, 1), (derived.LastShiftStart, derived.LastShiftEnd, derived.ConsecutiveDaysWorked, derived.LateShiftsWorkedInReferencePeriod));
        Assert.Equal((new LocalDateTime(2026, 3, 12, 17, 0), 0, 2), (fromRosterOnly.LastShiftEnd, fromRosterOnly.ConsecutiveDaysWorked, fromRosterOnly.ConsecutiveDaysOff));

        AgentCarryIn CarryIn(WorkHistory h) =>
            CarryInDerivation.Derive(inputs, next, scenario.Site.WeekendDays, h, week).Single(c => c.AgentId == "A001");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string fileName, params string[] rows)
    {
        var path = Path.Combine(_folder.FullName, fileName);
        File.WriteAllText(path, Header + string.Concat(rows.Select(r => r + "\n")));
        return path;
    }

    private static IReadOnlyList<BaselineShift> Read(string path, Core.Scenario scenario, RosterInputs inputs)
    {
        var worked = WorkedTimeCsvReader.Read(path, scenario.Site, inputs.Agents);
        Assert.True(worked.Succeeded, worked.Error?.ToString());
        return worked.Value;
    }
}
