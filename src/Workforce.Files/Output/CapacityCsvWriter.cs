using System.Globalization;
using NodaTime.Text;
using Workforce.Core.Capacity;
using Workforce.Files.Csv;

namespace Workforce.Files.Output;

/// <summary>
/// Writes <c>capacity.csv</c> (one row per week, all skills) and <c>capacity_skills.csv</c> (one row
/// per week and skill). Head-counts and FTE are expected values; the P10/P50/P90 come from the Monte
/// Carlo band; <c>gap</c> = productive − required FTE.
/// </summary>
public static class CapacityCsvWriter
{
    public const string FileName = "capacity.csv";
    public const string SkillsFileName = "capacity_skills.csv";

    private static readonly string[] Columns = ["required_fte", "in_training", "in_nesting", "in_production", "productive_fte", "productive_fte_p10", "productive_fte_p50", "productive_fte_p90", "gap", "hires_starting"];

    public static void Write(string directory, CapacityPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        CsvFile.Write(Path.Combine(directory, FileName), ["week_start", .. Columns], plan.WeekRows(), row => [LocalDatePattern.Iso.Format(row.WeekStart), .. Figures(row)]);
        CsvFile.Write(Path.Combine(directory, SkillsFileName), ["week_start", "skill", .. Columns], plan.SkillRows(), row => [LocalDatePattern.Iso.Format(row.WeekStart), row.Skill ?? string.Empty, .. Figures(row)]);
    }

    private static string[] Figures(CapacityWeekRow row) =>
    [
        Number(row.RequiredFte),
        Number(row.InTraining),
        Number(row.InNesting),
        Number(row.InProduction),
        Number(row.ProductiveFte),
        Number(row.Band.P10),
        Number(row.Band.P50),
        Number(row.Band.P90),
        Number(row.Gap),
        row.HiresStarting.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Three decimals: fine enough to compare FTE, short enough to read.</summary>
    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
