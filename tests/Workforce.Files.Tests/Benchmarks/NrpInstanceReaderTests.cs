using System.Globalization;
using Workforce.Core.Benchmarks.Nrp;
using Workforce.Core.Common;
using Workforce.Files.Benchmarks;

namespace Workforce.Files.Tests.Benchmarks;

public sealed class NrpInstanceReaderTests : IDisposable
{
    /// <summary>A small instance with every section, in the benchmark's layout (LF line endings).</summary>
    private const string EverySection = """
        # A comment before anything
        SECTION_HORIZON
        # The horizon length in days:
        14

        SECTION_SHIFTS
        # ShiftID, Length in mins, Shifts which cannot follow this shift | separated
        E,480,
        L,600,E
        N,720,E|L

        SECTION_STAFF
        # ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends
        A,E=14|L=3|N=0,4320,3360,5,2,2,1
        B,E=2|L=14|N=4,5000,0,6,1,1,2

        SECTION_DAYS_OFF
        # EmployeeID, DayIndexes (start at zero)
        A,0,13
        B,5

        SECTION_SHIFT_ON_REQUESTS
        # EmployeeID, Day, ShiftID, Weight
        A,2,E,2
        # a comment inside a section
        B,3,L,3

        SECTION_SHIFT_OFF_REQUESTS
        # EmployeeID, Day, ShiftID, Weight
        B,12,N,1

        SECTION_COVER
        # Day, ShiftID, Requirement, Weight for under, Weight for over
        0,E,2,100,1
        0,L,1,100,1
        13,N,0,100,5
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("nrp-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text, string newline = "\n", string name = "Tiny.txt")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text.ReplaceLineEndings(newline));
        return path;
    }

    private InputError ErrorFor(string text)
    {
        var result = NrpInstanceReader.Read(Write(text));
        Assert.False(result.Succeeded, "expected the file to be refused");
        Assert.EndsWith("Tiny.txt", result.Error!.File, StringComparison.Ordinal);
        return result.Error;
    }

    [Fact]
    public void Every_section_is_read()
    {
        var instance = NrpInstanceReader.Read(Write(EverySection)).Value;

        Assert.Equal("Tiny", instance.Name);
        Assert.Equal(14, instance.Days);
        Assert.Equal(["E", "L", "N"], instance.ShiftTypes.Select(s => s.Id));
        Assert.Equal([480, 600, 720], instance.ShiftTypes.Select(s => s.LengthMinutes));
        Assert.Empty(instance.ShiftTypes[0].CannotFollow);
        Assert.Equal(["E", "L"], instance.ShiftTypes[2].CannotFollow);

        var a = instance.Employees[0];
        Assert.Equal(("A", 4320, 3360, 5, 2, 2, 1), (a.Id, a.MaxTotalMinutes, a.MinTotalMinutes, a.MaxConsecutiveShifts, a.MinConsecutiveShifts, a.MinConsecutiveDaysOff, a.MaxWeekends));
        Assert.Equal((14, 3, 0), (a.MaxShiftsOf("E"), a.MaxShiftsOf("L"), a.MaxShiftsOf("N")));
        Assert.Equal(2, instance.Employees[1].MaxWeekends);

        Assert.Equal([new NrpDayOff("A", 0), new NrpDayOff("A", 13), new NrpDayOff("B", 5)], instance.DaysOff);
        Assert.Equal([new NrpRequest("A", 2, "E", 2), new NrpRequest("B", 3, "L", 3)], instance.ShiftOnRequests);
        Assert.Equal([new NrpRequest("B", 12, "N", 1)], instance.ShiftOffRequests);
        Assert.Equal([new NrpCover(0, "E", 2, 100, 1), new NrpCover(0, "L", 1, 100, 1), new NrpCover(13, "N", 0, 100, 5)], instance.Cover);
    }

    [Fact]
    public void CRLF_and_LF_files_read_the_same()
    {
        var lf = NrpInstanceReader.Read(Write(EverySection, "\n", "Lf.txt")).Value;
        var crlf = NrpInstanceReader.Read(Write(EverySection, "\r\n", "Crlf.txt")).Value;

        Assert.Equal(lf.Employees.Select(e => e.MaxWeekends), crlf.Employees.Select(e => e.MaxWeekends));
        Assert.Equal(lf.ShiftTypes.SelectMany(s => s.CannotFollow), crlf.ShiftTypes.SelectMany(s => s.CannotFollow));
        Assert.Equal(lf.DaysOff, crlf.DaysOff);
        Assert.Equal(lf.ShiftOnRequests, crlf.ShiftOnRequests);
        Assert.Equal(lf.Cover, crlf.Cover);
    }

    [Fact]
    public void Instance1_reads_as_published()
    {
        var instance = NrpInstanceReader.Read(BenchmarkData.Instance(1)).Value;

        Assert.Equal("Instance1", instance.Name);
        Assert.Equal(14, instance.Days);
        var shift = Assert.Single(instance.ShiftTypes);
        Assert.Equal(("D", 480), (shift.Id, shift.LengthMinutes));
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], instance.Employees.Select(e => e.Id));
        Assert.All(instance.Employees, e => Assert.Equal((14, 4320, 3360, 5, 2, 2, 1), (e.MaxShiftsOf("D")!.Value, e.MaxTotalMinutes, e.MinTotalMinutes, e.MaxConsecutiveShifts, e.MinConsecutiveShifts, e.MinConsecutiveDaysOff, e.MaxWeekends)));
        Assert.Equal(new NrpDayOff("H", 7), instance.DaysOff[^1]);
        Assert.Equal(new NrpRequest("A", 2, "D", 2), instance.ShiftOnRequests[0]);
        Assert.Equal(new NrpRequest("H", 3, "D", 3), instance.ShiftOffRequests[^1]);
        Assert.Equal(new NrpCover(1, "D", 7, 100, 1), instance.Cover[1]);
    }

    /// <summary>Every provided instance reads, with the sizes <c>instance_stats.csv</c> records.</summary>
    [Fact]
    public void Every_provided_instance_reads_with_the_sizes_its_stats_record()
    {
        var stats = File.ReadAllLines(Path.Combine(BenchmarkData.Folder, "instance_stats.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(19, stats.Count);
        foreach (var row in stats)
        {
            var instance = NrpInstanceReader.Read(Path.Combine(BenchmarkData.Folder, row[0] + ".txt")).Value;
            int Stat(int column) => int.Parse(row[column], CultureInfo.InvariantCulture);
            Assert.Equal(
                (Stat(1), Stat(3), Stat(4), Stat(5), Stat(6), Stat(7), Stat(8)),
                (instance.Days, instance.Employees.Count, instance.ShiftTypes.Count, instance.DaysOff.Count, instance.ShiftOnRequests.Count, instance.ShiftOffRequests.Count, instance.Cover.Count));
        }
    }

    [Theory]
    [InlineData("E,480,", "E,eight,", 8, "LengthMins")]
    [InlineData("E,480,", "E,0,", 8, "LengthMins")]
    [InlineData("L,600,E", "L,600,X", 9, "CannotFollow")]
    [InlineData("L,600,E", "L,600", 9, null)]
    [InlineData("A,E=14|L=3|N=0,", "A,E=14|Q=3|N=0,", 14, "MaxShifts")]
    [InlineData("A,E=14|L=3|N=0,", "A,E=14|L3|N=0,", 14, "MaxShifts")]
    [InlineData("A,E=14|L=3|N=0,", "A,E=14|L=-3|N=0,", 14, "MaxShifts")]
    [InlineData("4320,3360,5", "3000,3360,5", 14, "MinTotalMinutes")]
    [InlineData("2,2,1\nB,", "2,2,-1\nB,", 14, "MaxWeekends")]
    [InlineData("B,E=2|L=14", "A,E=2|L=14", 15, "ID")]
    [InlineData("A,0,13", "A,0,14", 19, "DayIndexes")]
    [InlineData("B,5\n", "Z,5\n", 20, "EmployeeID")]
    [InlineData("A,2,E,2", "A,2,E,two", 24, "Weight")]
    [InlineData("B,3,L,3", "B,3,Q,3", 26, "ShiftID")]
    [InlineData("B,12,N,1", "B,-1,N,1", 30, "Day")]
    [InlineData("0,L,1,100,1", "0,E,1,100,1", 35, "ShiftID")]
    [InlineData("13,N,0,100,5", "13,N,0,100,-5", 36, "WeightOver")]
    [InlineData("SECTION_COVER", "SECTION_CUSTOMERS", 32, null)]
    [InlineData("\nSECTION_SHIFT_OFF_REQUESTS", "\nB,3,L,1\n\nSECTION_SHIFT_OFF_REQUESTS", 28, null)]
    public void A_malformed_line_names_its_file_line_and_field(string good, string bad, int line, string? field)
    {
        Assert.Contains(good, EverySection, StringComparison.Ordinal);
        var error = ErrorFor(EverySection.Replace(good, bad, StringComparison.Ordinal));

        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void A_horizon_that_is_not_whole_weeks_is_refused()
    {
        var error = ErrorFor(EverySection.Replace("\n14\n", "\n10\n", StringComparison.Ordinal));

        Assert.Equal((4, "Days"), (error.Line, error.Field));
        Assert.Contains("whole weeks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_section_is_refused() =>
        Assert.Contains("missing SECTION_STAFF", ErrorFor("SECTION_HORIZON\n7\n\nSECTION_SHIFTS\nD,480,\n").Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_file_is_named() =>
        Assert.Equal("file not found", NrpInstanceReader.Read(Path.Combine(_folder, "None.txt")).Error!.Message);
}
