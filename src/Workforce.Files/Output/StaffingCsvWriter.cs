using System.Globalization;
using Workforce.Core.Staffing;
using Workforce.Files.Csv;
using Workforce.Files.Scenario;

namespace Workforce.Files.Output;

/// <summary>
/// Writes staffing requirements as
/// <c>interval_start,channel,volume,aht_seconds,required_agents,scheduled_agents,service_level,asa_seconds,occupancy</c>.
/// Interval starts carry their UTC offset so that the repeated hour of a fall-back day stays unambiguous.
/// </summary>
public static class StaffingCsvWriter
{
    public const string Header = "interval_start,channel,volume,aht_seconds,required_agents,scheduled_agents,service_level,asa_seconds,occupancy";

    public static void Write(string path, IEnumerable<IntervalRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        CsvFile.Write(
            path,
            Header.Split(','),
            requirements,
            r =>
            [
                IntervalTimeParser.Format(r.Start),
                r.ChannelId,
                Number(r.Volume, "0.###"),
                Number(r.AhtSeconds, "0.#"),
                r.RequiredAgents.ToString(CultureInfo.InvariantCulture),
                r.ScheduledAgents.ToString(CultureInfo.InvariantCulture),
                Number(r.ServiceLevel, "0.0000"),
                double.IsFinite(r.AsaSeconds) ? Number(r.AsaSeconds, "0.00") : "inf",
                Number(r.Occupancy, "0.0000"),
            ]);
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
