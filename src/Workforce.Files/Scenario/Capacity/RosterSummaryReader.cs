using Workforce.Core.Capacity;
using Workforce.Core.Common;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario.Capacity;

/// <summary>
/// Reads a roster run's <c>summary.json</c> for the scheduling efficiency it achieved
/// (<see cref="FteConversion.EfficiencyFromRoster"/>), so that capacity planning uses what the roster measures.
/// </summary>
public static class RosterSummaryReader
{
    public static InputResult<double> ReadEfficiency(string path, double plannedFraction)
    {
        ArgumentNullException.ThrowIfNull(path);
        return JsonFile.Read(path, root =>
        {
            var paid = root.Positive("paidHours");
            var required = root.NonNegative("requiredGrossAgentHours");
            var under = root.NonNegative("underCoverageAgentHours");
            if (under >= required)
            {
                throw root.Child("underCoverageAgentHours").Fail("the roster covered none of the required hours, so it measures no efficiency");
            }

            return FteConversion.EfficiencyFromRoster(required, under, paid, plannedFraction);
        });
    }
}
