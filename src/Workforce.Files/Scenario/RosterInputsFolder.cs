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

        var contracts = ContractsFileReader.Read(Path.Combine(directory, ContractsFileReader.FileName), site);
        if (!contracts.Succeeded)
        {
            return InputResult<RosterInputs?>.Failure(contracts.Error!);
        }

        var agents = AgentsCsvReader.Read(agentsPath, site, contracts.Value);
        if (!agents.Succeeded)
        {
            return InputResult<RosterInputs?>.Failure(agents.Error!);
        }

        var timeOffPath = Path.Combine(directory, TimeOffCsvReader.FileName);
        var timeOff = File.Exists(timeOffPath)
            ? TimeOffCsvReader.Read(timeOffPath, site, agents.Value)
            : InputResult<IReadOnlyList<TimeOff>>.Success([]);
        if (!timeOff.Succeeded)
        {
            return InputResult<RosterInputs?>.Failure(timeOff.Error!);
        }

        var carryInPath = Path.Combine(directory, CarryInCsvReader.FileName);
        var carryIn = File.Exists(carryInPath)
            ? CarryInCsvReader.Read(carryInPath, site, agents.Value)
            : InputResult<IReadOnlyList<AgentCarryIn>>.Success([]);
        if (!carryIn.Succeeded)
        {
            return InputResult<RosterInputs?>.Failure(carryIn.Error!);
        }

        var baselinePath = Path.Combine(directory, BaselineRosterCsvReader.FileName);
        BaselineRoster? published = null;
        if (File.Exists(baselinePath))
        {
            var baseline = BaselineRosterCsvReader.Read(baselinePath, site, agents.Value);
            if (!baseline.Succeeded)
            {
                return InputResult<RosterInputs?>.Failure(baseline.Error!);
            }

            published = baseline.Value;
        }

        var preferencesPath = Path.Combine(directory, PreferencesCsvReader.FileName);
        var preferences = File.Exists(preferencesPath)
            ? PreferencesCsvReader.Read(preferencesPath, agents.Value)
            : InputResult<IReadOnlyList<AgentPreference>>.Success([]);
        if (!preferences.Succeeded)
        {
            return InputResult<RosterInputs?>.Failure(preferences.Error!);
        }

        var trainingPath = Path.Combine(directory, TrainingCsvReader.FileName);
        var training = File.Exists(trainingPath)
            ? TrainingCsvReader.Read(trainingPath, site, agents.Value)
            : InputResult<IReadOnlyList<TrainingSession>>.Success([]);
        return training.Succeeded
            ? InputResult<RosterInputs?>.Success(new RosterInputs(agents.Value, contracts.Value, timeOff.Value, carryIn.Value)
            {
                Baseline = published,
                Preferences = preferences.Value,
                Training = training.Value,
            })
            : InputResult<RosterInputs?>.Failure(training.Error!);
    }

    /// <summary>Writes the input files into the folder, each atomically (preferences and training only when there are some).</summary>
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
    }
}
