using NodaTime;
using NodaTime.Text;
using Workforce.Core.Common;
using Workforce.Core.Forecasting;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads a half-hourly arrivals file in the layout of data/reference/anonymous-bank
/// (<c>date,weekday,interval_start,...,agent_requests_vru_exit,...</c>) and averages it into a weekly shape.
/// </summary>
public static class ArrivalProfileReader
{
    private static readonly string[] Columns = ["date", "interval_start", "agent_requests_vru_exit"];

    public static InputResult<WeeklyArrivalProfile> Read(string path)
    {
        try
        {
            var slot = Duration.FromMinutes(30);
            var counts = Enumerable.Range(0, 7 * 48).Select(_ => new List<double>()).ToArray();
            foreach (var row in CsvFile.Read(path, Columns))
            {
                var date = LocalDatePattern.Iso.Parse(row.Text("date"));
                var time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Parse(row.Text("interval_start"));
                if (!date.Success || !time.Success || time.Value.Minute % 30 != 0)
                {
                    throw row.Fail(date.Success ? "interval_start" : "date", "expected YYYY-MM-DD and a half-hour HH:MM");
                }

                counts[(((int)date.Value.DayOfWeek - 1) * 48) + (time.Value.Hour * 2) + (time.Value.Minute / 30)].Add(row.NonNegative("agent_requests_vru_exit"));
            }

            var medians = counts.Select(Median).ToArray();
            var days = Enumerable.Range(0, 7).Select(d => (IReadOnlyList<double>)medians[(d * 48)..((d + 1) * 48)]).ToList();
            return InputResult<WeeklyArrivalProfile>.Success(new WeeklyArrivalProfile(slot, days));
        }
        catch (InputErrorException ex)
        {
            return InputResult<WeeklyArrivalProfile>.Failure(ex.Error);
        }
        catch (ArgumentException ex)
        {
            return InputResult<WeeklyArrivalProfile>.Failure(new InputError(path, null, null, ex.Message));
        }
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
