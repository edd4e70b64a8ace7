using System.Globalization;

namespace Workforce.Storage.Tests;

/// <summary>
/// A private copy of data/sample with every optional roster input the sample lacks: preferences, training
/// sessions (fixed and placed), a baseline roster, and carry-in with last shifts' starts, late shifts and runs of days off. The
/// extra files are written in the form the writers use, so an export can be compared byte for byte.
/// </summary>
public sealed class ReplanInputsFolder : IDisposable
{
    public ReplanInputsFolder()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("workforce-replan-inputs-").FullName;
        foreach (var file in SampleScenario.DataFiles)
        {
            File.Copy(Path.Combine(SampleScenario.Directory, file), Path.Combine(Directory, file));
        }

        Write("preferences.csv", "agent_id,day,preference,start", "A001,Friday,day_off,", "A002,*,start,08:00", "A003,2026-03-10,day_off,");
        Write(
            "training.csv",
            "session_id,attendees,start,end,length_minutes",
            "T1,A001|A002,2026-03-10T09:00,2026-03-10T11:00,",
            "T2,A003,2026-03-08T00:00,2026-03-15T00:00,120");
        Write(
            "baseline_roster.csv",
            "agent_id,date,shift_start,shift_end",
            "A001,2026-03-08,2026-03-08T09:00,2026-03-08T17:00",
            "A001,2026-03-09,2026-03-09T09:00,2026-03-09T17:00",
            "A002,2026-03-09,2026-03-09T22:00,2026-03-10T06:00");

        // carry_in.csv with its three optional columns: the last shift's start for most who have an end (kept
        // from the sample when it has the column), late shifts for some, days off for those who did not work.
        var lines = File.ReadAllLines(Path.Combine(SampleScenario.Directory, "carry_in.csv"));
        var header = lines[0].Split(',').ToList();
        var startColumn = header.IndexOf("last_shift_start");
        if (startColumn < 0)
        {
            header.Add("last_shift_start");
        }

        Write(
            "carry_in.csv",
            [
                string.Join(',', header) + ",late_shifts_worked,consecutive_days_off",
                .. lines.Skip(1).Select((line, i) =>
                {
                    var fields = line.Split(',').ToList();
                    var start = i % 4 == 3 ? "" : startColumn >= 0 ? fields[startColumn] : EightHoursBefore(fields[1]);
                    if (startColumn >= 0)
                    {
                        fields[startColumn] = start;
                    }
                    else
                    {
                        fields.Add(start);
                    }

                    var worked = int.Parse(fields[2], CultureInfo.InvariantCulture);
                    return string.Create(CultureInfo.InvariantCulture, $"{string.Join(',', fields)},{i % 3},{(worked == 0 ? 2 : 0)}");
                }),
            ]);
    }

    public string Directory { get; }

    /// <summary>Every data file of the folder.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = [.. SampleScenario.DataFiles, "preferences.csv", "training.csv", "baseline_roster.csv"];

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>Eight hours before a last shift's end, or empty when there is no last shift.</summary>
    private static string EightHoursBefore(string lastShiftEnd) => lastShiftEnd.Length == 0
        ? ""
        : DateTime.ParseExact(lastShiftEnd, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture).AddHours(-8).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private void Write(string file, params string[] lines) => File.WriteAllText(Path.Combine(Directory, file), string.Join('\n', lines) + "\n");
}
