using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Workforce.Service;

/// <summary>
/// Retries work that failed because the database could not be reached, with exponential backoff (0.5 s,
/// 1 s, 2 s, ... at most 30 s) for up to <see cref="PlanningOptions.MaxDatabaseOutage"/>; then it gives up with
/// <see cref="DatabaseUnavailableException"/>. Errors that are not about reaching the database are not
/// retried, and no error is ever read as "nothing to do".
/// </summary>
internal sealed class DatabaseRetry(IOptions<PlanningOptions> options, ILogger<DatabaseRetry> logger, TimeProvider time)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);

    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (Exception ex) when (IsUnreachable(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (time.GetElapsedTime(started) + delay > options.Value.MaxDatabaseOutage)
                {
                    throw new DatabaseUnavailableException($"{what}: the database stayed unreachable for {options.Value.MaxDatabaseOutage}: {ex.Message}", ex);
                }

                Log.DatabaseRetry(logger, what, attempt, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
            }
        }
    }

    /// <summary>Whether the error says the database could not be reached or went away, rather than that a statement was wrong.</summary>
    public static bool IsUnreachable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };
}

/// <summary>The database stayed unreachable longer than the service is configured to wait.</summary>
internal sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
