namespace Workforce.Core.Rostering;

/// <summary>A channel an agent may be put on, and how well they handle it.</summary>
/// <param name="ChannelId">A channel id of the site.</param>
/// <param name="Proficiency">
/// In (0, 1]: the share of a fully proficient agent's output this agent gives on this channel
/// (1 = fully proficient; 0.8 = handles 80 % as much work in the same time).
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
