using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workforce.Service;

/// <summary>How the process was asked to run.</summary>
/// <param name="Once">Run one cycle for all due sites and exit (cron, Kubernetes CronJobs, tests).</param>
/// <param name="Force">Plan every site for its current local date even if already planned today or before its run time.</param>
/// <param name="PlanDate">Plan every site for this local date instead of today's (<c>--plan-date</c>: a missed day, or a rehearsal).</param>
internal sealed record RunMode(bool Once, bool Force, NodaTime.LocalDate? PlanDate = null);

/// <summary>
/// The hosted worker: cycles every <see cref="PlanningOptions.PollInterval"/>, or once with <c>--once</c>.
/// The exit code says how it went: 0 when every claimed run completed, 1 when a run failed or was cancelled,
/// 3 when the database stayed unreachable.
/// </summary>
internal sealed class PlanningWorker(PlanningCycle cycle, RunMode mode, IOptions<PlanningOptions> options, IHostApplicationLifetime lifetime, ILogger<PlanningWorker> logger)
    : BackgroundService
{
    public const int ExitRunsFailed = 1;
    public const int ExitDatabaseUnavailable = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            do
            {
                try
                {
                    var summary = await cycle.RunAsync(mode, stoppingToken);
                    if (summary.Failed + summary.Cancelled + summary.LeaseLost > 0)
                    {
                        Environment.ExitCode = ExitRunsFailed;
                    }
                }
                catch (DatabaseUnavailableException ex)
                {
                    Log.DatabaseGaveUp(logger, ex.Message);
                    Environment.ExitCode = ExitDatabaseUnavailable;
                    if (mode.Once)
                    {
                        break;
                    }
                }

                if (!mode.Once)
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
            }
            while (!mode.Once);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the run in progress was recorded as cancelled by the planner.
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
