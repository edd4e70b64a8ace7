using System.Text.Json;
using Workforce.Core.Common;
using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Pricing;

/// <summary>
/// Reads <c>pricing.json</c> (format in docs/pricing.md): cost rates, the profit target (a margin or a
/// markup, never both), price precision and the performance contract, checked against the site, the
/// contracts and the channels being priced. Money is read as decimal straight from the JSON text.
/// </summary>
public static class PricingFileReader
{
    public const string FileName = "pricing.json";

    /// <param name="pricedChannels">Channels with forecast volume: each needs a rate under <c>channels</c>.</param>
    public static InputResult<PricingTerms> Read(string path, Site site, IReadOnlyList<Contract> contracts, IReadOnlyCollection<string> pricedChannels)
    {
        ArgumentNullException.ThrowIfNull(path);
        return JsonFile.Read(path, root => Terms(root, site, contracts, pricedChannels));
    }

    /// <summary>As <see cref="Read"/>, for pricing.json's text kept elsewhere (the database); <paramref name="name"/> names it in errors.</summary>
    public static InputResult<PricingTerms> Parse(string text, string name, Site site, IReadOnlyList<Contract> contracts, IReadOnlyCollection<string> pricedChannels)
    {
        ArgumentNullException.ThrowIfNull(text);
        return JsonFile.Parse(System.Text.Encoding.UTF8.GetBytes(text), name, root => Terms(root, site, contracts, pricedChannels));
    }

    private static PricingTerms Terms(JsonNode root, Site site, IReadOnlyList<Contract> contracts, IReadOnlyCollection<string> pricedChannels)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(pricedChannels);
        if (root.Element.ValueKind != JsonValueKind.Object)
        {
            throw root.Fail("expected a JSON object at the top level");
        }

        var rates = new CostRates(
            PricingJson.NonNegativeDecimal(root, "employerOnCost"),
            Overtime(root, contracts, out var thresholds),
            thresholds,
            Holidays(root, site),
            Attrition(root),
            SupportRoles(root),
            PricingJson.NonNegativeDecimal(root, "seatCostPerMonth"),
            PricingJson.NonNegativeDecimal(root, "overhead"),
            BillableShares(root.Child("channels"), site, pricedChannels));
        var target = ProfitTargetReader.Read(root.Child("profit"));
        var precision = PrecisionReader.Read(root.OptionalChild("precision"));
        var performance = PerformanceTermsReader.Read(root.Child("performance"), site, pricedChannels);
        var months = root.Has("contractMonths") ? PricingJson.WholeNumber(root, "contractMonths", 1, 240) : 12;
        return new PricingTerms(rates, target, precision, performance, months);
    }

    private static decimal Overtime(JsonNode root, IReadOnlyList<Contract> contracts, out IReadOnlyDictionary<string, decimal> thresholds)
    {
        var node = root.Child("overtime");
        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (node.OptionalChild("thresholdHoursPerWeek") is { } perContract)
        {
            foreach (var (id, _) in perContract.Properties())
            {
                if (!contracts.Any(c => c.Id == id))
                {
                    throw perContract.Fail($"{perContract.Path}.{id}", $"unknown contract '{id}'; contracts.json does not list it");
                }

                map[id] = PricingJson.NonNegativeDecimal(perContract, id);
            }
        }

        thresholds = map;
        return PricingJson.NonNegativeDecimal(node, "premium");
    }

    /// <summary>Days a year default to the site's calendar: its public holidays in the year from the planning week.</summary>
    private static PublicHolidayTerms Holidays(JsonNode root, Site site)
    {
        var node = root.OptionalChild("publicHolidays");
        var counted = site.PublicHolidays.Count(h => h.Date >= site.WeekStart && h.Date < site.WeekStart.PlusYears(1));
        if (node is not { } holidays)
        {
            return new PublicHolidayTerms(counted, 0, false);
        }

        var days = holidays.Has("daysPerYear") ? PricingJson.NonNegativeDecimal(holidays, "daysPerYear") : counted;
        if (days > 364)
        {
            throw holidays.Child("daysPerYear").Fail($"must be at most 364, got {days}");
        }

        var closed = holidays.OptionalChild("closed") is { } flag
            ? flag.Element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw flag.Fail("expected true or false"),
            }
            : false;
        var premium = holidays.Has("premium") ? PricingJson.NonNegativeDecimal(holidays, "premium") : 0;
        return new PublicHolidayTerms(days, premium, closed);
    }

    private static AttritionCost Attrition(JsonNode root)
    {
        if (root.OptionalChild("attrition") is not { } node)
        {
            return AttritionCost.None;
        }

        return new AttritionCost(
            PricingJson.NonNegativeDecimal(node, "leaversPerMonth"),
            PricingJson.NonNegativeDecimal(node, "recruitmentCostPerLeaver"),
            PricingJson.NonNegativeDecimal(node, "trainingCostPerLeaver"));
    }

    private static List<SupportRole> SupportRoles(JsonNode root)
    {
        var roles = new List<SupportRole>();
        foreach (var node in root.OptionalChild("supportRoles")?.Items() ?? [])
        {
            var perRole = PricingJson.NonNegativeDecimal(node, "agentsPerRole");
            if (perRole == 0)
            {
                throw node.Child("agentsPerRole").Fail("must be greater than 0");
            }

            roles.Add(new SupportRole(node.String("name"), perRole, PricingJson.NonNegativeDecimal(node, "monthlyCost")));
        }

        return roles;
    }

    /// <summary>
    /// Per channel, the billable share of AHT: given outright (<c>billableShareOfAht</c>) or from the
    /// handle-time split, talk plus hold over the whole (after-call work is not billed).
    /// </summary>
    private static Dictionary<string, decimal> BillableShares(JsonNode channels, Site site, IReadOnlyCollection<string> pricedChannels)
    {
        var shares = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (id, node) in channels.Properties())
        {
            if (site.FindChannel(id) is null)
            {
                throw node.Fail($"unknown channel '{id}'; site.json does not list it");
            }

            shares[id] = BillableShare(node);
        }

        var missing = pricedChannels.FirstOrDefault(c => !shares.ContainsKey(c));
        return missing is null
            ? shares
            : throw channels.Fail($"no rate for channel '{missing}', which the forecast prices; give its billableShareOfAht or its talkSeconds, holdSeconds and afterCallWorkSeconds");
    }

    private static decimal BillableShare(JsonNode node)
    {
        if (node.Has("billableShareOfAht"))
        {
            if (node.Has("talkSeconds"))
            {
                throw node.Child("talkSeconds").Fail("give either billableShareOfAht or the talk/hold/after-call split, not both");
            }

            var share = PricingJson.NonNegativeDecimal(node, "billableShareOfAht");
            return share <= 1 ? share : throw node.Child("billableShareOfAht").Fail($"a share of handle time must lie in [0, 1], got {share}");
        }

        var talk = PricingJson.NonNegativeDecimal(node, "talkSeconds");
        var hold = PricingJson.NonNegativeDecimal(node, "holdSeconds");
        var afterCall = PricingJson.NonNegativeDecimal(node, "afterCallWorkSeconds");
        var whole = talk + hold + afterCall;
        return whole > 0 ? (talk + hold) / whole : throw node.Child("talkSeconds").Fail("talk, hold and after-call work cannot all be 0");
    }
}
