using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Reporting;
using Workforce.Core.Rostering.Solving;
using Workforce.Core.Staffing;

namespace Workforce.Core.Planning;

/// <summary>
/// Staffing → roster model → hard-rule check → solve → report: the roster line of the pipeline as one call,
/// for the front doors that run it without a console (the daily re-planning service).
/// </summary>
public static class RosterPipeline
{
    public static RosterPipelineResult Run(
        Scenario scenario,
        RosterInputs inputs,
        IRosterSolver solver,
        RosterSolverSettings settings,
        IProgress<RosterProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(solver);
        var requirements = StaffingPlanner.Staff(scenario.Site, scenario.Forecast);
        var data = RosterModelBuilder.Build(scenario.Site, requirements, scenario.Forecast, inputs, RosterWeights.Default);
        var problems = HardRuleCheck.Explain(data);
        if (problems.Count > 0)
        {
            return new RosterPipelineResult(requirements, null, problems);
        }

        var solution = solver.Solve(data, settings, progress, cancellationToken);
        if (!solution.HasRoster)
        {
            var reason = solution switch
            {
                { InfeasibleAgentId: { } agentId } => $"agent {agentId}: the contract's hours, working days, rest, consecutive-day and weekend limits cannot all be met this week",
                { Status: RosterStatus.Infeasible } => "the hard rules cannot all hold together",
                _ => "no roster found within the time limit",
            };
            return new RosterPipelineResult(requirements, null, [reason]);
        }

        return new RosterPipelineResult(requirements, RosterReportBuilder.Build(data, solution, inputs.TimeOff), []);
    }
}

/// <summary>What the roster line produced: always the requirements; a report, or the reasons there is none.</summary>
public sealed record RosterPipelineResult(IReadOnlyList<IntervalRequirement> Requirements, RosterReport? Report, IReadOnlyList<string> Problems);
