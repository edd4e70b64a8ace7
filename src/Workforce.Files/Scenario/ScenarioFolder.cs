using Workforce.Core.Common;
using Workforce.Core.Forecasting;

namespace Workforce.Files.Scenario;

/// <summary>Loads a scenario folder (<c>site.json</c>, <c>forecast.csv</c>, ...) as described in docs/scenario-format.md.</summary>
public static class ScenarioFolder
{
    public static InputResult<Core.Scenario> Load(string directory) => Load(directory, StaffingQuantile.P50);

    /// <summary>Loads the folder with the forecast volume taken at a staffing quantile (see <see cref="ForecastCsvReader"/>).</summary>
    public static InputResult<Core.Scenario> Load(string directory, StaffingQuantile quantile)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return InputResult<Core.Scenario>.Failure(new InputError(directory, null, null, "scenario folder not found"));
        }

        var site = SiteFileReader.Read(Path.Combine(directory, SiteFileReader.FileName));
        if (!site.Succeeded)
        {
            return InputResult<Core.Scenario>.Failure(site.Error!);
        }

        var forecast = ForecastCsvReader.Read(Path.Combine(directory, ForecastCsvReader.FileName), site.Value, quantile);
        return forecast.Succeeded
            ? InputResult<Core.Scenario>.Success(new Core.Scenario(site.Value, forecast.Value))
            : InputResult<Core.Scenario>.Failure(forecast.Error!);
    }
}
