namespace Workforce.Core.Staffing.Queueing;

/// <summary>
/// The service a queue must deliver. Every target that is set must hold at once; a target left
/// null does not constrain. At least one of <see cref="ServiceLevelFraction"/> and
/// <see cref="AsaTargetSeconds"/> is normally set, but an occupancy cap alone is also valid.
/// </summary>
public sealed record QueueTarget
{
    /// <summary>Fraction of offered contacts to answer within <see cref="AnswerWithinSeconds"/>, in (0, 1).</summary>
    public double? ServiceLevelFraction { get; init; }

    /// <summary>The T of "X % answered within T seconds"; also used to report service level when no SL target is set.</summary>
    public double AnswerWithinSeconds { get; init; }

    /// <summary>Upper limit on average speed of answer over all offered contacts.</summary>
    public double? AsaTargetSeconds { get; init; }

    /// <summary>Upper limit on occupancy, in (0, 1]. 1 means no cap.</summary>
    public double MaxOccupancy { get; init; } = 1.0;

    /// <summary>Erlang A only: upper limit on the fraction of offered contacts that abandon.</summary>
    public double? MaxAbandonFraction { get; init; }
}
