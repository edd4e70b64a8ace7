namespace Workforce.Core.Rostering;

/// <summary>A channel an agent may be put on, and how well they handle it.</summary>
/// <param name="ChannelId">A channel id of the site.</param>
/// <param name="Proficiency">
/// In (0, 1]: how well the agent handles this channel, used as a routing preference. The roster
/// puts agents on their most proficient skills first (a secondary skill at 0.6 is used when the
/// primary one is covered). It does not scale coverage: an agent on a channel counts as one agent
/// there, at their productivity factor; slower handling belongs in the channel's AHT.
/// </param>
public sealed record AgentSkill(string ChannelId, double Proficiency)
{
    public string ChannelId { get; } = string.IsNullOrWhiteSpace(ChannelId)
        ? throw new ArgumentOutOfRangeException(nameof(ChannelId), ChannelId, "A skill needs a channel id.")
        : ChannelId;

    public double Proficiency { get; } = Proficiency is > 0 and <= 1
        ? Proficiency
        : throw new ArgumentOutOfRangeException(nameof(Proficiency), Proficiency, "Proficiency must lie in (0, 1].");
}
