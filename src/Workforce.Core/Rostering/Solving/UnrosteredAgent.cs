namespace Workforce.Core.Rostering.Solving;

/// <summary>An agent left out of the roster because their own hard rules contradict each other.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Rule">The rule named first (e.g. "minimum hours"); <paramref name="Reason"/> names any others involved.</param>
/// <param name="Reason">One sentence a planner can act on: the rules, and the time off and history that make them clash.</param>
public sealed record UnrosteredAgent(string AgentId, string Rule, string Reason);
