using Workforce.Core.Planning;
using Workforce.Core.Pricing;
using Workforce.Files.Output;
using Workforce.Files.Output.Pricing;

namespace Workforce.Cli;

/// <summary>Writes a plan's capacity and pricing files into an output folder, for every command that makes them.</summary>
internal static class PlanFiles
{
    public const string PricesJsonFile = "prices.json";

    /// <summary><c>capacity.csv</c>, <c>capacity_skills.csv</c> and <c>capacity.json</c>.</summary>
    public static void WriteCapacity(string directory, PlanCapacityResult capacity, string currency)
    {
        CapacityCsvWriter.Write(directory, capacity.Plan);
        CapacityJsonWriter.Write(directory, capacity.Plan, currency, capacity.EfficiencySource);
    }

    /// <summary><c>prices.csv</c>, <c>sensitivity.csv</c> and <c>prices.json</c> (not <c>pricing.json</c>, so an output folder that is also the scenario never loses its input).</summary>
    public static void WritePrices(string outDir, PriceSheet sheet)
    {
        Directory.CreateDirectory(outDir);
        PriceCsvWriter.Write(outDir, sheet);
        AtomicFile.WriteAllText(Path.Combine(outDir, PricesJsonFile), PriceSheetJson.Serialize(sheet) + "\n");
    }
}
