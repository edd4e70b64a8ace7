using Workforce.Core.Common;
using Workforce.Core.Rostering;
using Workforce.Core.Sites;

namespace Workforce.Files.Scenario;

/// <summary>
/// Loads and writes the roster inputs of a scenario folder: <c>agents.csv</c>, <c>contracts.json</c>,
/// <c>time_off.csv</c>, <c>carry_in.csv</c> and <c>baseline_roster.csv</c>, <c>preferences.csv</c> and <c>training.csv</c> (docs/scenario-format.md). They are optional as a group:
/// a folder without <c>agents.csv</c> is a staffing-only scenario.
/// </summary>
public static class RosterInputsFolder
{
    /// <summary>
    /// Reads the roster inputs against the site. Succeeds with a null value when <c>agents.csv</c> is absent
    /// (nothing to roster). With it, <c>contracts.json</c> is required; <c>time_off.csv</c> and
    /// <c>carry_in.csv</c> are optional (no time off; no history), and so is
    /// <c>baseline_roster.csv</c> (a published roster to stay close to), <c>preferences.csv</c> and
    /// <c>training.csv</c>.
    /// </summary>
    public static InputResult<RosterInputs?> Load(string directory, Site site)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(site);
        var agentsPath = Path.Combine(directory, AgentsCsvReader.FileName);
        if (!File.Exists(agentsPath))
        {
            return InputResult<RosterInputs?>.Success(null);
        }

        return InputErrorException.Capture<RosterInputs?>(() =>
        {
            var contracts = Value(ContractsFileReader.Read(Path.Combine(directory, ContractsFileReader.FileName), site));
            var agents = Value(AgentsCsvReader.Read(agentsPath, site, contracts));
            return new RosterInputs(
                agents,
                contracts,
                Optional(directory, TimeOffCsvReader.FileName, path => TimeOffCsvReader.Read(path, site, agents)) ?? [],
                Optional(directory, CarryInCsvReader.FileName, path => CarryInCsvReader.Read(path, site, agents)) ?? [])
            {
                Baseline = Optional(directory, BaselineRosterCsvReader.FileName, path => BaselineRosterCsvReader.Read(path, site, agents)),
                Preferences = Optional(directory, PreferencesCsvReader.FileName, path => PreferencesCsvReader.Read(path, agents)) ?? [],
                Training = Optional(directory, TrainingCsvReader.FileName, path => TrainingCsvReader.Read(path, site, agents)) ?? [],
            };
        });
    }

    /// <summary>An optional file's contents, or null when the folder does not have it.</summary>
    private static T? Optional<T>(string directory, string fileName, Func<string, InputResult<T>> read)
        where T : class
    {
        var path = Path.Combine(directory, fileName);
        return File.Exists(path) ? Value(read(path)) : null;
    }

    private static T Value<T>(InputResult<T> result) => result.Succeeded ? result.Value : throw new InputErrorException(result.Error!);

    /// <summary>Writes the input files into the folder, each atomically (preferences, training and the baseline roster only when there are some).</summary>
    public static void Write(string directory, RosterInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(inputs);
        ContractsFileWriter.Write(Path.Combine(directory, ContractsFileReader.FileName), inputs.Contracts);
        AgentsCsvWriter.Write(Path.Combine(directory, AgentsCsvReader.FileName), inputs.Agents);
        TimeOffCsvWriter.Write(Path.Combine(directory, TimeOffCsvReader.FileName), inputs.TimeOff);
        CarryInCsvWriter.Write(Path.Combine(directory, CarryInCsvReader.FileName), inputs.CarryIn);
        if (inputs.Training.Count > 0)
        {
            TrainingCsvWriter.Write(Path.Combine(directory, TrainingCsvReader.FileName), inputs.Training);
        }

        if (inputs.Preferences.Count > 0)
        {
            PreferencesCsvWriter.Write(Path.Combine(directory, PreferencesCsvReader.FileName), inputs.Preferences);
        }

        if (inputs.Baseline is { } baseline)
        {
            BaselineRosterCsvWriter.Write(Path.Combine(directory, BaselineRosterCsvReader.FileName), baseline);
        }
    }
}
