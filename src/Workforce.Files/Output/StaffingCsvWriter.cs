using System.Globalization;
using Workforce.Core.Staffing;
using Workforce.Files.Csv;
using Workforce.Files.Scenario;

namespace Workforce.Files.Output;

/// <summary>
/// Writes staffing requirements as
/// <c>interval_start,channel,volume,aht_seconds,required_net,required_gross,service_level,asa_seconds,occupancy</c>.
/// Interval starts carry their UTC offset so that the repeated hour of a fall-back day stays unambiguous;
/// a figure that has no finite value (the ASA of a queue that never clears) is left empty.
/// </summary>
public static class StaffingCsvWriter
{
    public const string Header = "interval_start,channel,volume,aht_seconds,required_net,required_gross,service_level,asa_seconds,occupancy";

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
                Number(r.AsaSeconds, "0.00"),
                Number(r.Occupancy, "0.0000"),
            ]);
    }

    /// <summary>A figure, or an empty field when it has no finite value.</summary>
    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : string.Empty;
}
