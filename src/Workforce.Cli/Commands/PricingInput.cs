using Workforce.Core.Pricing;
using Workforce.Core.Rostering;
using Workforce.Files.Output;
using Workforce.Files.Output.Pricing;
using Workforce.Files.Scenario.Pricing;

namespace Workforce.Cli.Commands;

/// <summary>
/// Reads a scenario's <c>pricing.json</c> for <c>price</c> and <c>plan</c>, and writes a priced bid's
/// files. Every channel with forecast volume is priced, so each needs a rate.
/// </summary>
internal static class PricingInput
{
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, PricingFileReader.FileName));

    public static PricingTerms Load(string directory, Core.Scenario scenario, RosterInputs inputs)
    {
        var priced = scenario.Forecast.Where(f => f.Volume > 0).Select(f => f.ChannelId).ToHashSet(StringComparer.Ordinal);
        var terms = PricingFileReader.Read(Path.Combine(directory, PricingFileReader.FileName), scenario.Site, inputs.Contracts, priced);
        return terms.Succeeded ? terms.Value : throw new BadInputException(terms.Error!.ToString());
    }

    /// <summary><c>prices.csv</c>, <c>sensitivity.csv</c> and <c>prices.json</c> (not <c>pricing.json</c>, so an output folder that is also the scenario never loses its input).</summary>
    public static void Write(string outDir, PriceSheet sheet)
    {
        Directory.CreateDirectory(outDir);
        PriceCsvWriter.Write(outDir, sheet);
        AtomicFile.WriteAllText(Path.Combine(outDir, JsonFile), PriceSheetJson.Serialize(sheet) + "\n");
    }

    public const string JsonFile = "prices.json";
}
