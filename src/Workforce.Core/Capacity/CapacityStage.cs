namespace Workforce.Core.Capacity;

/// <summary>Where a hired agent is on the way to the phones.</summary>
public enum CapacityStage
{
    /// <summary>In the classroom: paid, off the phones.</summary>
    Training,

    /// <summary>Taking live contacts under supervision, at the nesting curve's productivity.</summary>
    Nesting,

    /// <summary>Fully productive.</summary>
    Production,
}
