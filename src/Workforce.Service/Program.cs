using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;
using Workforce.Service;
using Workforce.Storage;
using Workforce.Storage.Planning;
using Workforce.Storage.Scenarios;

// workforce-service [--once] [--force] [--plan-date yyyy-MM-dd] | health
//   Configuration: appsettings.json, then environment variables (Planning__RunAt=03:00, ...), then
//   WORKFORCE_DB, which overrides ConnectionStrings:Workforce. Exit codes: 0 done, 1 a run failed,
//   2 bad arguments, configuration or schema, 3 the database stayed unreachable.
var (arguments, exitCode) = ServiceCommandLine.Parse(args, Console.Out, Console.Error);
if (arguments is null)
{
    return exitCode;
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = [],
    ContentRootPath = AppContext.BaseDirectory,
});
if (Environment.GetEnvironmentVariable("WORKFORCE_DB") is { Length: > 0 } fromEnvironment)
{
    builder.Configuration["ConnectionStrings:Workforce"] = fromEnvironment;
}

if (arguments.Connection is { } fromCommandLine)
{
    Console.Error.WriteLine(
        "warning: --connection puts the connection string, password included, on the process list; set WORKFORCE_DB or ConnectionStrings__Workforce in the environment or appsettings.json instead");
    builder.Configuration["ConnectionStrings:Workforce"] = fromCommandLine;
}

var connectionString = builder.Configuration.GetConnectionString("Workforce");
if (string.IsNullOrWhiteSpace(connectionString))
{
    Console.Error.WriteLine("error: no database: set ConnectionStrings:Workforce in appsettings.json or the WORKFORCE_DB environment variable");
    return ServiceCommandLine.ExitBadArguments;
}

var options = builder.Configuration.GetSection(PlanningOptions.Section).Get<PlanningOptions>() ?? new PlanningOptions();
Npgsql.NpgsqlDataSource dataSource;
try
{
    options.Validate();
    dataSource = WorkforceDatabase.Create(connectionString);
}
catch (Exception ex) when (ex is ConfigurationException or ArgumentException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ServiceCommandLine.ExitBadArguments;
}

await using (dataSource)
{
    if (arguments.Health)
    {
        return await HealthCommand.RunAsync(dataSource, Console.Out, CancellationToken.None);
    }

    builder.Services.AddSystemd();
    builder.Services.AddSingleton(Options.Create(options));
    builder.Services.AddSingleton(arguments.Mode);
    builder.Services.AddSingleton(dataSource);
    builder.Services.AddSingleton<IClock>(SystemClock.Instance);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton(new PlanRunStore(dataSource, Environment.MachineName, Environment.ProcessId));
    builder.Services.AddSingleton(new ScenarioExporter(dataSource));
    builder.Services.AddSingleton<IRosterSolver, WeekRosterSolver>();
    builder.Services.AddSingleton(new ActualsStore(dataSource));
    builder.Services.AddSingleton(new RosterVersionStore(dataSource));
    builder.Services.AddSingleton<IWorkHistorySource>(new WorkHistoryStore(dataSource));
    builder.Services.AddSingleton<IReforecaster, ActualsReforecaster>();
    builder.Services.AddSingleton<DatabaseRetry>();
    builder.Services.AddSingleton<SitePlanner>();
    builder.Services.AddSingleton<PlanningCycle>();
    builder.Services.AddHostedService<PlanningWorker>();
    using var host = builder.Build();

    // The schema this build was made for, before anything is claimed: an unmigrated or older database is
    // the operator's to migrate, a newer one needs a newer build. Exit 2, which systemd does not restart.
    var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Workforce.Service.Startup");
    try
    {
        var schema = await host.Services.GetRequiredService<DatabaseRetry>().RunAsync(
            "checking the schema", new SchemaMigrator(dataSource).CheckAsync, CancellationToken.None);
        if (schema.Problem is { } problem)
        {
            Console.Error.WriteLine($"error: {problem}");
            return ServiceCommandLine.ExitBadArguments;
        }
    }
    catch (DatabaseUnavailableException ex)
    {
        Log.DatabaseGaveUp(logger, ex.Message);
        return PlanningWorker.ExitDatabaseUnavailable;
    }

    await host.RunAsync();
    return Environment.ExitCode;
}
