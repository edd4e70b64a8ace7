using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Capacity;
using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Capacity;

/// <summary>
/// Reads <c>capacity.json</c> (format in docs/capacity.md): attrition bands, hiring rules, training and
/// nesting, costs and limits, each checked where it is read so that a bad value names its line and field.
/// </summary>
public static class CapacityFileReader
{
    public const string FileName = "capacity.json";

    /// <param name="contracts">The scenario's contracts (empty without agents); a new-hire contract must be one of them.</param>
    /// <param name="weeks">The horizon the run will plan (the command's <c>--weeks</c>), or null for the file's own.</param>
    public static InputResult<CapacitySettings> Read(string path, Site site, IReadOnlyList<Contract> contracts, int? weeks)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(contracts);
        return JsonFile.Read(path, root => ReadSettings(root, site, contracts, weeks));
    }

    private static CapacitySettings ReadSettings(JsonNode root, Site site, IReadOnlyList<Contract> contracts, int? weeks)
    {
        if (root.Element.ValueKind != JsonValueKind.Object)
        {
            throw root.Fail("expected a JSON object at the top level");
        }

        var startWeek = root.Has("startWeek") ? Date(root.Child("startWeek")) : (LocalDate?)null;
        var horizon = root.Has("horizonWeeks") ? root.WholeNumber("horizonWeeks", 1, 520) : CapacitySettings.DefaultHorizonWeeks;
        var effectiveHorizon = weeks ?? horizon;
        var fullTime = root.Positive("fullTimeHoursPerWeek");
        var absence = root.Has("absenceAndLeaveFraction") ? Fraction(root, "absenceAndLeaveFraction") : 0;
        var efficiency = root.Has("schedulingEfficiency") ? Efficiency(root) : (double?)null;
        var attrition = ReadAttrition(root.Child("attrition"));
        var training = ReadTraining(root, effectiveHorizon);

        var hiring = root.Child("hiring");
        var minClass = hiring.WholeNumber("minClassSize", 1, 10_000);
        var maxClass = hiring.WholeNumber("maxClassSize", 1, 10_000);
        if (maxClass < minClass)
        {
            throw hiring.Child("maxClassSize").Fail($"must not be below minClassSize ({minClass})");
        }

        var leadTime = hiring.Has("leadTimeWeeks") ? hiring.WholeNumber("leadTimeWeeks", 0, 520) : 0;
        var parallel = hiring.Has("maxClassesInParallel") ? hiring.WholeNumber("maxClassesInParallel", 1, 1000) : 1;
        var every = hiring.Has("startEveryWeeks") ? hiring.WholeNumber("startEveryWeeks", 1, 520) : 1;
        var start = startWeek ?? site.WeekStart;
        var dates = hiring.OptionalChild("classStartWeeks")?.Items().Select(d => ClassStart(d, start)).ToList();
        var contract = hiring.OptionalString("contract");
        if (contract is not null && !contracts.Any(c => c.Id == contract))
        {
            throw hiring.Child("contract").Fail(contracts.Count == 0
                ? $"contract '{contract}' needs contracts.json (and agents.csv) in the scenario"
                : $"unknown contract '{contract}'; contracts.json defines {string.Join(", ", contracts.Select(c => c.Id))}");
        }

        var costs = root.Child("costs");
        var limits = root.OptionalChild("limits");
        return new CapacitySettings(
            startWeek,
            horizon,
            fullTime,
            absence,
            efficiency,
            attrition,
            training,
            dates,
            every,
            minClass,
            maxClass,
            leadTime,
            parallel,
            contract,
            Money(hiring, "hourlyWage"),
            Money(costs, "recruitmentPerHire"),
            Money(costs, "trainerPerClass"),
            costs.Has("shortfallPenaltyPerFteWeek") ? Money(costs, "shortfallPenaltyPerFteWeek") : null,
            costs.Has("surplusPenaltyPerFteWeek") ? Money(costs, "surplusPenaltyPerFteWeek") : 0,
            limits is { } l && l.Has("maxOvertimeFraction") ? Fraction(l, "maxOvertimeFraction") : 0,
            limits is { } p && p.Has("overtimePremium") ? (decimal)p.NonNegative("overtimePremium") : 0.5m,
            limits is { } u && u.Has("maxUndertimeFraction") ? u.NonNegative("maxUndertimeFraction") : null,
            root.Has("monteCarloRuns") ? root.WholeNumber("monteCarloRuns", 2, 1_000_000) : MonteCarloBand.DefaultRuns);
    }

    /// <summary>Bands in order of tenure, each up to <c>upToMonths</c> except the last, which has no end.</summary>
    private static AttritionModel ReadAttrition(JsonNode list)
    {
        var items = list.Items().ToList();
        if (items.Count == 0)
        {
            throw list.Fail("at least one attrition band is needed, e.g. [{\"upToMonths\": 3, \"monthlyRate\": 0.1}, {\"monthlyRate\": 0.03}]");
        }

        var bands = new List<TenureBand>();
        var from = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var rate = item.Number("monthlyRate");
            if (rate is < 0 or >= 1)
            {
                throw item.Child("monthlyRate").Fail($"a monthly attrition rate must lie in [0, 1) (1 = 100 % leave every month), got {JsonNode.Format(rate)}");
            }

            bands.Add(new TenureBand(from, rate));
            var last = i == items.Count - 1;
            if (last != !item.Has("upToMonths"))
            {
                throw item.Fail(last ? "the last band has no end: leave out upToMonths" : "every band but the last needs upToMonths");
            }

            if (!last)
            {
                var upTo = TenureBand.WeekOfMonth(item.Positive("upToMonths"));
                if (upTo <= from)
                {
                    throw item.Child("upToMonths").Fail("bands must end at increasing tenures, each at least a week after the previous one");
                }

                from = upTo;
            }
        }

        return new AttritionModel(bands);
    }

    private static TrainingPath ReadTraining(JsonNode root, int horizon)
    {
        var training = root.Child("training");
        var weeks = training.WholeNumber("weeks", 0, 520);
        if (weeks > horizon)
        {
            throw training.Child("weeks").Fail($"a training of {weeks} weeks is longer than the {horizon}-week horizon: no class would ever reach the phones");
        }

        var curve = new List<double>();
        if (root.OptionalChild("nesting") is { } nesting)
        {
            foreach (var item in nesting.Child("productivityByWeek").Items())
            {
                var value = item.AsNumber();
                curve.Add(value is >= 0 and <= 1 ? value : throw item.Fail($"a nesting productivity must lie in [0, 1], got {JsonNode.Format(value)}"));
            }
        }

        return new TrainingPath(weeks, curve);
    }

    private static double Efficiency(JsonNode root)
    {
        var value = root.Number("schedulingEfficiency");
        return value is > 0 and <= 1 ? value : throw root.Child("schedulingEfficiency").Fail($"must lie in (0, 1], got {JsonNode.Format(value)}");
    }

    private static double Fraction(JsonNode node, string name)
    {
        var value = node.Number(name);
        return value is >= 0 and < 1 ? value : throw node.Child(name).Fail($"must lie in [0, 1), got {JsonNode.Format(value)}");
    }

    private static decimal Money(JsonNode node, string name) => (decimal)node.NonNegative(name);

    private static LocalDate ClassStart(JsonNode node, LocalDate start)
    {
        var date = Date(node);
        var days = Period.Between(start, date, PeriodUnits.Days).Days;
        return days >= 0 && days % 7 == 0
            ? date
            : throw node.Fail($"a class starts on a week of the horizon: a {start.DayOfWeek} on or after {LocalDatePattern.Iso.Format(start)}");
    }

    private static LocalDate Date(JsonNode node)
    {
        var text = node.AsString();
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw node.Fail($"expected a date as YYYY-MM-DD, got '{text}'");
    }
}
