using Workforce.Core.Pricing;
using Workforce.Core.Sites;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Pricing;

/// <summary>Reads <c>performance</c>: the fee schedule, the measured channels and the simulation settings.</summary>
internal static class PerformanceTermsReader
{
    public static PerformanceTerms Read(JsonNode node, Site site, IReadOnlyCollection<string> pricedChannels)
    {
        var bands = node.Has("perPoint") == node.Has("bands")
            ? throw node.Fail("give exactly one of bands (a list of steps) and perPoint (a fee moved per point of service level)")
            : node.Has("bands") ? Bands(node.Child("bands")) : PerPoint(node.Child("perPoint"));

        var channels = node.Has("channels")
            ? [.. node.Child("channels").Items().Select(c => LiveChannel(c, site, pricedChannels))]
            : site.Channels.Where(c => c.Kind != ChannelKind.Deferred && pricedChannels.Contains(c.Id)).Select(c => c.Id).ToList();
        if (channels.Count == 0)
        {
            throw node.Fail("no live channel with volume to measure the service level on");
        }

        var cv = node.OptionalNumber("dailyVolumeCv") ?? 0.08;
        if (cv is < 0 or > 2)
        {
            throw node.Child("dailyVolumeCv").Fail($"expected a coefficient of variation from 0 to 2, got {JsonNode.Format(cv)}");
        }

        var correlation = node.OptionalNumber("channelCorrelation") ?? 0.5;
        if (correlation is < 0 or > 1)
        {
            throw node.Child("channelCorrelation").Fail($"expected a correlation from 0 to 1, got {JsonNode.Format(correlation)}");
        }

        var trials = node.Has("trials") ? PricingJson.WholeNumber(node, "trials", 100, 1_000_000) : 2000;
        var seed = node.Has("seed") ? PricingJson.WholeNumber(node, "seed", 0, int.MaxValue) : 1;
        return new PerformanceTerms(bands, channels, cv, correlation, trials, seed);
    }

    private static List<PerformanceBand> Bands(JsonNode list)
    {
        var bands = new List<PerformanceBand>();
        foreach (var item in list.Items())
        {
            var from = item.Number("fromServiceLevel");
            if (from is < 0 or > 1)
            {
                throw item.Child("fromServiceLevel").Fail($"a service level must lie in [0, 1], got {JsonNode.Format(from)}");
            }

            if (bands.Any(b => b.FromServiceLevel == from))
            {
                throw item.Child("fromServiceLevel").Fail($"two bands start at {JsonNode.Format(from)}");
            }

            var adjustment = PricingJson.Decimal(item, "feeAdjustment");
            if (adjustment <= -1)
            {
                throw item.Child("feeAdjustment").Fail($"a penalty must leave some fee: above -1, got {PricingJson.Text(adjustment)}");
            }

            bands.Add(new PerformanceBand(from, adjustment));
        }

        return bands.Any(b => b.FromServiceLevel == 0)
            ? bands
            : throw list.Fail("one band must start at fromServiceLevel 0, so that every month falls in a band");
    }

    /// <summary>
    /// The per-point schedule contracts often write: each whole point (or part of one) below the target
    /// takes <c>penaltyPerPoint</c> of the fee, up to <c>maxPenalty</c>; each whole point above
    /// <c>bonusFrom</c> adds <c>bonusPerPoint</c>, up to <c>maxBonus</c>. It is expanded into a band per point.
    /// </summary>
    private static List<PerformanceBand> PerPoint(JsonNode node)
    {
        var target = Points(node, "target");
        var bonusFrom = node.Has("bonusFrom") ? Points(node, "bonusFrom") : 100;
        if (bonusFrom < target)
        {
            throw node.Child("bonusFrom").Fail("must not be below target");
        }

        var penalty = PricingJson.NonNegativeDecimal(node, "penaltyPerPoint");
        var maxPenalty = PricingJson.NonNegativeDecimal(node, "maxPenalty");
        if (maxPenalty >= 1)
        {
            throw node.Child("maxPenalty").Fail($"a penalty must leave some fee: below 1, got {PricingJson.Text(maxPenalty)}");
        }

        var bonus = node.Has("bonusPerPoint") ? PricingJson.NonNegativeDecimal(node, "bonusPerPoint") : 0;
        var maxBonus = node.Has("maxBonus") ? PricingJson.NonNegativeDecimal(node, "maxBonus") : 0;
        return [.. Enumerable.Range(0, 101).Select(point => new PerformanceBand(
            point / 100.0,
            point < target ? -Math.Min(maxPenalty, penalty * (target - point)) : Math.Min(maxBonus, bonus * Math.Max(0, point - bonusFrom))))];
    }

    private static int Points(JsonNode node, string name)
    {
        var value = node.Number(name);
        var points = value * 100;
        return value is >= 0 and <= 1 && Math.Abs(points - Math.Round(points)) < 1e-9
            ? (int)Math.Round(points)
            : throw node.Child(name).Fail($"expected a service level in [0, 1] on whole points (0.80), got {JsonNode.Format(value)}");
    }

    private static string LiveChannel(JsonNode item, Site site, IReadOnlyCollection<string> pricedChannels)
    {
        var id = item.AsString();
        var channel = site.FindChannel(id) ?? throw item.Fail($"unknown channel '{id}'; site.json does not list it");
        if (channel.Kind == ChannelKind.Deferred)
        {
            throw item.Fail($"channel '{id}' is deferred; the service level a performance contract measures here is a live channel's (voice, chat)");
        }

        return pricedChannels.Contains(id) ? id : throw item.Fail($"channel '{id}' has no volume in the forecast");
    }
}
