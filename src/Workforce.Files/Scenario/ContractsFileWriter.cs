using System.Text;
using System.Text.Json;
using Workforce.Core.Rostering;
using Workforce.Files.Output;

namespace Workforce.Files.Scenario;

/// <summary>Writes <c>contracts.json</c> in the layout <see cref="ContractsFileReader"/> reads.</summary>
public static class ContractsFileWriter
{
    public static void Write(string path, IEnumerable<Contract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("contracts");
            foreach (var contract in contracts)
            {
                WriteContract(json, contract);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        AtomicFile.WriteAllText(path, Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void WriteContract(Utf8JsonWriter json, Contract contract)
    {
        json.WriteStartObject();
        json.WriteString("id", contract.Id);
        json.WriteNumber("minPaidHoursPerWeek", contract.MinPaidPerWeek.TotalHours);
        json.WriteNumber("maxPaidHoursPerWeek", contract.MaxPaidPerWeek.TotalHours);
        json.WriteNumber("maxWorkingDays", contract.MaxWorkingDays);
        json.WriteNumber("minRestHours", contract.MinRestBetweenShifts.TotalHours);
        json.WriteNumber("maxConsecutiveWorkingDays", contract.MaxConsecutiveWorkingDays);
        json.WriteNumber("minConsecutiveDaysOff", contract.MinConsecutiveDaysOff);
        json.WriteNumber("maxWeekendsWorked", contract.MaxWeekendsWorked);
        json.WriteNumber("weekendReferenceWeeks", contract.WeekendReferenceWeeks);
        json.WriteStartArray("shiftLengthsHours");
        foreach (var length in contract.ShiftLengths)
        {
            json.WriteNumberValue(length.TotalHours);
        }

        json.WriteEndArray();
        json.WriteString("earliestStart", ContractsFileReader.TimePattern.Format(contract.EarliestStart));
        json.WriteString("latestStart", ContractsFileReader.TimePattern.Format(contract.LatestStart));
        json.WriteStartArray("breaks");
        foreach (var rule in contract.Breaks)
        {
            json.WriteStartObject();
            json.WriteString("activity", rule.Activity);
            json.WriteNumber("minutes", rule.Length.TotalMinutes);
            json.WriteBoolean("paid", rule.Paid);
            json.WriteNumber("minShiftHours", rule.MinShiftLength.TotalHours);
            json.WriteNumber("earliestAfterHours", rule.EarliestAfterStart.TotalHours);
            json.WriteNumber("latestAfterHours", rule.LatestStartAfterStart.TotalHours);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("nightPremium", contract.NightPremium);
        json.WriteNumber("weekendPremium", contract.WeekendPremium);
        json.WriteEndObject();
    }
}
