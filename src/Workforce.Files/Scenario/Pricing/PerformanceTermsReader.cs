using Workforce.Core.Pricing;
using Workforce.Core.Sites;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Pricing;

/// <summary>Reads <c>performance</c>: the fee schedule, the measured channels and the simulation settings.</summary>
internal static class PerformanceTermsReader
{
    public static PerformanceTerms Read(JsonNode node, Site site, IReadOnlyCollection<string> pricedChannels)
    {
        var bands = new List<PerformanceBand>();
        foreach (var item in node.Child("bands").Items())
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

        if (!bands.Any(b => b.FromServiceLevel == 0))
        {
            throw node.Child("bands").Fail("one band must start at fromServiceLevel 0, so that every month falls in a band");
        }

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
