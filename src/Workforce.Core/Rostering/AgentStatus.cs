namespace Workforce.Core.Rostering;

/// <summary>Where an agent is in their working life at the site, which decides what they count for on the phones.</summary>
public enum AgentStatus
{
    /// <summary>A fully productive agent: counts as one agent on the phones.</summary>
    Production,

    /// <summary>A new agent taking live contacts under supervision: counts at their productivity factor, in (0, 1].</summary>
    Nesting,

    /// <summary>A new hire in classroom training: paid and rostered, but never on the phones.</summary>
    InTraining,
}
