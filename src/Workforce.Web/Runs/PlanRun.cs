using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using NodaTime;
using Workforce.Web.Sites;

namespace Workforce.Web.Runs;

/// <summary>
/// A plan this server runs (a folder's first plan, or a what-if): its status, the solver's progress as it
/// comes, and its result. Readers stream the progress with <see cref="StreamAsync"/>.
/// </summary>
public sealed class PlanRun(string id, string siteId, string kind, Instant startedAt)
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    private readonly Lock _gate = new();
    private readonly List<RunProgressView> _progress = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _status = Queued;
    private Instant? _finishedAt;
    private string? _error;
    private long? _versionId;

    public string Id { get; } = id;

    public string SiteId { get; } = siteId;

    /// <summary>"plan" or "what-if".</summary>
    public string Kind { get; } = kind;

    public Instant StartedAt { get; } = startedAt;

    /// <summary>The what-if's result once completed; null otherwise.</summary>
    public WhatIfResultView? Result { get; private set; }

    /// <summary>Completes when the run ends, whatever the outcome.</summary>
    public Task Ended => _ended.Task;

    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsOver
    {
        get
        {
            lock (_gate)
            {
                return _status is Completed or Failed or Cancelled;
            }
        }
    }

    public PlanRunView View()
    {
        lock (_gate)
        {
            var last = _progress.LastOrDefault(p => p.Objective is not null);
            return new PlanRunView(Id, Kind, _status, StartedAt, _finishedAt, last?.Objective, last?.Bound, _error, _versionId);
        }
    }

    public void Report(RunProgressView progress) => Change(() => _progress.Add(progress));

    public void Start() => Change(() => _status = Running);

    public void Complete(long? versionId, WhatIfResultView? result, Instant at) => End(Completed, null, at, versionId, result);

    public void Fail(string status, string error, Instant at) => End(status, error, at, null, null);

    /// <summary>The progress so far, then each new report as it comes, then one <c>end</c> event with the run's final state.</summary>
    public async IAsyncEnumerable<SseItem<object>> StreamAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            Task changed;
            RunProgressView[] fresh;
            bool over;
            lock (_gate)
            {
                fresh = [.. _progress.Skip(sent)];
                sent = _progress.Count;
                changed = _changed.Task;
                over = _status is Completed or Failed or Cancelled;
            }

            foreach (var progress in fresh)
            {
                yield return new SseItem<object>(progress, "progress");
            }

            if (over)
            {
                yield return new SseItem<object>(View(), "end");
                yield break;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private void End(string status, string? error, Instant at, long? versionId, WhatIfResultView? result)
    {
        Change(() =>
        {
            _status = status;
            _error = error;
            _finishedAt = at;
            _versionId = versionId;
            Result = result;
        });
        _ended.TrySetResult();
    }

    private void Change(Action change)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            change();
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}
