namespace Workforce.Core.Rostering.Solving;

/// <summary>
/// Agents who are interchangeable for coverage: the same channels and the same productivity. Coverage is allocated per group, not per agent: an on-phone agent counts once,
/// on one of the group's skills, and the model stays small however many agents share a profile.
/// </summary>
/// <param name="Index">Position in the model's group list.</param>
/// <param name="Skills">Channel id → the members' mean proficiency on it (a routing preference only).</param>
/// <param name="ProductivityPercent">Productivity factor × 100 (nesting agents count at this share).</param>
/// <param name="AgentIndexes">Members, as indexes into the problem's agent list.</param>
public sealed record SkillGroup(int Index, IReadOnlyDictionary<string, double> Skills, int ProductivityPercent, IReadOnlyList<int> AgentIndexes);
