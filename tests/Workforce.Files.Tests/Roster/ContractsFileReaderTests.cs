using NodaTime;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Files.Scenario;

namespace Workforce.Files.Tests.Roster;

public class ContractsFileReaderTests
{
    private static InputResult<IReadOnlyList<Contract>> Read(string json)
    {
        using var folder = new RosterFolder(contractsJson: json);
        return ContractsFileReader.Read(folder.ContractsPath, folder.Site);
    }

    private static InputError ErrorFor(string json)
    {
        var result = Read(json);
        Assert.False(result.Succeeded);
        Assert.EndsWith("contracts.json", result.Error!.File, StringComparison.Ordinal);
        return result.Error!;
    }

    private static string Spoil(string from, string to)
    {
        Assert.Contains(from, RosterFolder.ContractsJson, StringComparison.Ordinal);
        return RosterFolder.ContractsJson.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_reads_with_hours_times_breaks_and_premiums()
    {
        var contracts = Read(RosterFolder.ContractsJson).Value;

        var ft = contracts[0];
        Assert.Equal(["ft", "pt"], contracts.Select(c => c.Id));
        Assert.Equal(Duration.FromHours(37.5), ft.MinPaidPerWeek);
        Assert.Equal([Duration.FromHours(8), Duration.FromHours(9)], ft.ShiftLengths);
        Assert.Equal(new LocalTime(14, 0), ft.LatestStart);
        Assert.Equal(2, ft.Breaks.Count);
        Assert.False(ft.Breaks[1].Paid);
        Assert.Equal(0.25m, ft.NightPremium);
        Assert.Equal(Duration.FromHours(7.5), ft.PaidLength(Duration.FromHours(8)));
    }

    [Fact]
    public void Minimum_rest_defaults_to_eleven_hours()
    {
        var contracts = Read(RosterFolder.ContractsJson).Value;
        Assert.Equal(Duration.FromHours(11), contracts[0].MinRestBetweenShifts);
        Assert.Equal(Duration.FromHours(12), contracts[1].MinRestBetweenShifts);
    }

    [Fact]
    public void A_contract_id_with_a_line_break_is_refused_at_its_line()
    {
        var error = ErrorFor(Spoil("\"id\": \"ft\"", "\"id\": \"f\\nt\""));
        Assert.Equal(("contracts[0].id", 4), (error.Field, error.Line));
        Assert.Contains("'f\\nt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_below_the_minimum_paid_hours_is_refused_at_its_line()
    {
        var error = ErrorFor(Spoil("\"maxPaidHoursPerWeek\": 40", "\"maxPaidHoursPerWeek\": 30"));
        Assert.Equal("contracts[0].maxPaidHoursPerWeek", error.Field);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_shift_length_off_the_interval_grid_is_refused()
    {
        var error = ErrorFor(Spoil("[8, 9]", "[8, 8.1]"));
        Assert.Equal("contracts[0].shiftLengthsHours[1]", error.Field);
        Assert.Contains("interval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latest_start_before_the_earliest_is_refused()
    {
        var error = ErrorFor(Spoil("\"latestStart\": \"14:00\"", "\"latestStart\": \"05:00\""));
        Assert.Equal("contracts[0].latestStart", error.Field);
    }

    [Fact]
    public void A_break_that_does_not_fit_inside_the_shift_is_refused()
    {
        var error = ErrorFor(Spoil("\"minShiftHours\": 6, \"earliestAfterHours\": 3, \"latestAfterHours\": 5", "\"minShiftHours\": 6, \"earliestAfterHours\": 3, \"latestAfterHours\": 8.75"));
        Assert.Equal("contracts[0].breaks[1].latestAfterHours", error.Field);
        Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_break_activity_other_than_break_or_lunch_is_refused()
    {
        var error = ErrorFor(Spoil("\"activity\": \"lunch\"", "\"activity\": \"nap\""));
        Assert.Equal("contracts[0].breaks[1].activity", error.Field);
    }

    [Fact]
    public void A_duplicate_contract_id_is_refused()
    {
        var error = ErrorFor(Spoil("\"id\": \"pt\"", "\"id\": \"ft\""));
        Assert.Equal("contracts[1].id", error.Field);
    }

    [Fact]
    public void More_weekends_worked_than_reference_weeks_is_refused()
    {
        var error = ErrorFor(Spoil("\"maxWeekendsWorked\": 2", "\"maxWeekendsWorked\": 5"));
        Assert.Equal("contracts[0].maxWeekendsWorked", error.Field);
    }
}
