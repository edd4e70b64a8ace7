using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>contracts.json</c> (format in docs/scenario-format.md) against a site: hours that make sense,
/// shift lengths and break timings on the site's interval grid, breaks that fit inside the shifts they apply to.
/// </summary>
public static class ContractsFileReader
{
    public const string FileName = "contracts.json";

    internal static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static InputResult<IReadOnlyList<Contract>> Read(string path, Site site)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        return JsonFile.Read<IReadOnlyList<Contract>>(path, root => ReadContracts(root, site));
    }

    private static List<Contract> ReadContracts(JsonNode root, Site site)
    {
        if (root.Element.ValueKind != JsonValueKind.Object)
        {
            throw root.Fail("expected a JSON object at the top level");
        }

        var contracts = new List<Contract>();
        foreach (var node in root.Child("contracts").Items())
        {
            var contract = ReadContract(node, site);
            if (contracts.Any(c => c.Id == contract.Id))
            {
                throw node.Child("id").Fail($"contract id '{contract.Id}' appears more than once");
            }

            contracts.Add(contract);
        }

        return contracts.Count > 0 ? contracts : throw root.Child("contracts").Fail("at least one contract is needed");
    }

    private static Contract ReadContract(JsonNode node, Site site)
    {
        var id = node.Id("id");
        var minPaid = Hours(node, "minPaidHoursPerWeek");
        var maxPaid = Hours(node, "maxPaidHoursPerWeek");
        if (maxPaid < minPaid || maxPaid == Duration.Zero)
        {
            throw node.Child("maxPaidHoursPerWeek").Fail($"must be greater than 0 and at least minPaidHoursPerWeek ({JsonNode.Format(minPaid.TotalHours)})");
        }

        var maxWorkingDays = WholeNumber(node, "maxWorkingDays", 1, 7);
        var minRest = node.Has("minRestHours") ? Hours(node, "minRestHours") : Contract.DefaultMinRest;
        var maxConsecutive = WholeNumber(node, "maxConsecutiveWorkingDays", 1, 366);
        var minDaysOff = WholeNumber(node, "minConsecutiveDaysOff", 0, 7);
        var referenceWeeks = WholeNumber(node, "weekendReferenceWeeks", 1, 53);
        var maxWeekends = WholeNumber(node, "maxWeekendsWorked", 0, referenceWeeks);
        var shiftLengths = ReadShiftLengths(node, site);
        var earliest = Time(node, "earliestStart", site);
        var latest = Time(node, "latestStart", site);
        if (latest < earliest)
        {
            throw node.Child("latestStart").Fail($"must not be before earliestStart ({TimePattern.Format(earliest)}); a shift belongs to the day it starts");
        }

        var breaks = node.OptionalChild("breaks")?.Items().Select(b => ReadBreak(b, site, shiftLengths)).ToList() ?? [];
        var longest = shiftLengths.Max();
        if (minPaid.TotalHours > maxWorkingDays * longest.TotalHours)
        {
            throw node.Child("minPaidHoursPerWeek").Fail(
                $"cannot be reached: {maxWorkingDays} days of the longest shift ({JsonNode.Format(longest.TotalHours)} h) are not enough");
        }

        return new Contract(
            id,
            minPaid,
            maxPaid,
            maxWorkingDays,
            minRest,
            maxConsecutive,
            minDaysOff,
            maxWeekends,
            referenceWeeks,
            shiftLengths,
            earliest,
            latest,
            breaks,
            Premium(node, "nightPremium"),
            Premium(node, "weekendPremium"));
    }

    private static List<Duration> ReadShiftLengths(JsonNode node, Site site)
    {
        var list = node.Child("shiftLengthsHours");
        var lengths = new List<Duration>();
        foreach (var item in list.Items())
        {
            var hours = item.AsNumber();
            if (hours is <= 0 or > 24)
            {
                throw item.Fail($"a shift length must lie in (0, 24] hours, got {JsonNode.Format(hours)}");
            }

            lengths.Add(OnGrid(item, hours * 60, site, "shift length"));
        }

        return lengths.Count > 0 ? lengths : throw list.Fail("at least one shift length is needed");
    }

    private static BreakRule ReadBreak(JsonNode node, Site site, List<Duration> shiftLengths)
    {
        var activity = node.String("activity");
        if (activity is not (BreakRule.BreakActivity or BreakRule.LunchActivity))
        {
            throw node.Child("activity").Fail($"expected break or lunch, got '{activity}'");
        }

        var minutes = node.Child("minutes");
        var length = OnGrid(minutes, minutes.AsNumber(), site, "break length");
        if (length <= Duration.Zero)
        {
            throw minutes.Fail("must be greater than 0");
        }

        var paidNode = node.Child("paid");
        if (paidNode.Element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw paidNode.Fail("expected true or false");
        }

        var minShift = node.Has("minShiftHours") ? Hours(node, "minShiftHours") : Duration.Zero;
        var earliest = OnGrid(node.Child("earliestAfterHours"), NonNegative(node, "earliestAfterHours") * 60, site, "break start");
        var latest = OnGrid(node.Child("latestAfterHours"), NonNegative(node, "latestAfterHours") * 60, site, "break start");
        if (latest < earliest)
        {
            throw node.Child("latestAfterHours").Fail($"must not be before earliestAfterHours ({JsonNode.Format(earliest.TotalHours)})");
        }

        var rule = new BreakRule(activity, length, paidNode.Element.GetBoolean(), minShift, earliest, latest);
        var misfit = shiftLengths.Where(rule.AppliesTo).Where(l => !rule.FitsIn(l)).Cast<Duration?>().FirstOrDefault();
        if (misfit is { } shift)
        {
            throw node.Child("latestAfterHours").Fail(
                $"a {JsonNode.Format(length.TotalMinutes)}-minute {activity} starting {JsonNode.Format(latest.TotalHours)} h in does not fit inside a {JsonNode.Format(shift.TotalHours)} h shift");
        }

        return rule;
    }

    /// <summary>No duration in a contract (weekly hours, rest, a break's offset) is longer than a week.</summary>
    private const double WeekHours = 7 * 24;

    private static Duration Hours(JsonNode node, string name) => Duration.FromMinutes(Math.Round(NonNegative(node, name) * 60, 6));

    private static double NonNegative(JsonNode node, string name)
    {
        var value = node.Number(name);
        return value switch
        {
            < 0 => throw node.Child(name).Fail($"must not be negative, got {JsonNode.Format(value)}"),
            > WeekHours => throw node.Child(name).Fail($"must be at most {JsonNode.Format(WeekHours)} hours (a week), got {JsonNode.Format(value)}"),
            _ => value,
        };
    }

    private static int WholeNumber(JsonNode node, string name, int min, int max)
    {
        var value = node.Number(name);
        return value >= min && value <= max && value == Math.Floor(value)
            ? (int)value
            : throw node.Child(name).Fail($"expected a whole number from {min} to {max}, got {JsonNode.Format(value)}");
    }

    private static decimal Premium(JsonNode node, string name)
    {
        var value = node.OptionalNumber(name) ?? 0;
        return value is >= 0 and <= 10
            ? (decimal)value
            : throw node.Child(name).Fail($"expected the extra fraction of the wage (0.25 = +25 %), from 0 to 10, got {JsonNode.Format(value)}");
    }

    private static LocalTime Time(JsonNode node, string name, Site site)
    {
        var child = node.Child(name);
        var text = child.AsString();
        var parsed = TimePattern.Parse(text);
        if (!parsed.Success)
        {
            throw child.Fail($"expected a local time as HH:MM, got '{text}'");
        }

        var intervalMinutes = (int)site.IntervalLength.TotalMinutes;
        return ((parsed.Value.Hour * 60) + parsed.Value.Minute) % intervalMinutes == 0
            ? parsed.Value
            : throw child.Fail($"{text} is not on the site's {intervalMinutes}-minute interval grid");
    }

    private static Duration OnGrid(JsonNode node, double minutes, Site site, string what)
    {
        if (Math.Abs(minutes) > WeekHours * 60)
        {
            throw node.Fail($"the {what} ({JsonNode.Format(minutes)} minutes) must be at most a week");
        }

        var intervalMinutes = site.IntervalLength.TotalMinutes;
        var steps = minutes / intervalMinutes;
        return Math.Abs(steps - Math.Round(steps)) < 1e-9
            ? Duration.FromMinutes(Math.Round(minutes))
            : throw node.Fail($"the {what} ({JsonNode.Format(minutes)} minutes) is not a whole number of the site's {JsonNode.Format(intervalMinutes)}-minute intervals");
    }
}
