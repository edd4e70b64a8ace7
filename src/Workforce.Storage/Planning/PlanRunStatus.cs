namespace Workforce.Storage.Planning;

/// <summary>The states of a plan run, as <c>plan_runs.status</c> spells them.</summary>
public static class PlanRunStatus
{
    /// <summary>In progress; its instance renews the lease.</summary>
    public const string Running = "running";

    /// <summary>Finished and written: requirements and, when there was a roster, a published roster version.</summary>
    public const string Completed = "completed";

    /// <summary>Finished without a roster; <c>error</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>Stopped on purpose (SIGTERM) before it finished; nothing was written.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Its instance died: the lease expired and another instance closed the run.</summary>
    public const string Abandoned = "abandoned";
}
