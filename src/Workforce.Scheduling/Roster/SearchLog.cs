using System.Diagnostics;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Scheduling.Roster;

/// <summary>The search's diagnostic lines, sent as <see cref="RosterProgress.Detail"/> reports: the library never writes to the console.</summary>
internal static class SearchLog
{
    public static Action<string>? For(IProgress<RosterProgress>? progress, Stopwatch clock) =>
        progress is null ? null : text => progress.Report(new RosterProgress(clock.Elapsed.TotalSeconds, double.NaN, double.NaN) { Detail = text });
}
