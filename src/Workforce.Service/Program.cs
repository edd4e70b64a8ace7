using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using Workforce.Core.Rostering.Solving;
using Workforce.Scheduling.Roster;
using Workforce.Service;
using Workforce.Storage;
using Workforce.Storage.Planning;
using Workforce.Storage.Scenarios;

// workforce-service [--once] [--force] [--plan-date yyyy-MM-dd] | health
//   Configuration: appsettings.json, then environment variables (Planning__RunAt=03:00, ...), then
//   WORKFORCE_DB, which overrides ConnectionStrings:Workforce.
string[] flags = ["--once", "--force", "health"];
var (planDate, hostArgs) = PlanDateArgument.Take(args.Where(a => !flags.Contains(a)).ToList());
if (planDate is { Success: false })
{
    Console.Error.WriteLine($"error: --plan-date: {planDate.Exception.Message}");
    return 2;
}

var mode = new RunMode(args.Contains("--once"), args.Contains("--force"), planDate?.Value);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = [.. hostArgs],
    ContentRootPath = AppContext.BaseDirectory,
});
if (Environment.GetEnvironmentVariable("WORKFORCE_DB") is { Length: > 0 } fromEnvironment)
{
    builder.Configuration["ConnectionStrings:Workforce"] = fromEnvironment;
}

var connectionString = builder.Configuration.GetConnectionString("Workforce");
if (string.IsNullOrWhiteSpace(connectionString))
{
    Console.Error.WriteLine("error: no database: set ConnectionStrings:Workforce in appsettings.json or the WORKFORCE_DB environment variable");
    return 2;
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
    return 2;
}

await using (dataSource)
{
    if (args.Contains("health"))
    {
        return await HealthCommand.RunAsync(dataSource, Console.Out, CancellationToken.None);
    }

    builder.Services.AddSystemd();
    builder.Services.AddSingleton(Options.Create(options));
    builder.Services.AddSingleton(mode);
    builder.Services.AddSingleton(dataSource);
    builder.Services.AddSingleton<IClock>(SystemClock.Instance);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton(new PlanRunStore(dataSource, Environment.MachineName, Environment.ProcessId));
    builder.Services.AddSingleton(new ScenarioExporter(dataSource));
    builder.Services.AddSingleton<IRosterSolver, WeekRosterSolver>();
    builder.Services.AddSingleton(new ActualsStore(dataSource));
    builder.Services.AddSingleton(new RosterVersionStore(dataSource));
    builder.Services.AddSingleton<IReforecaster, ActualsReforecaster>();
    builder.Services.AddSingleton<DatabaseRetry>();
    builder.Services.AddSingleton<SitePlanner>();
    builder.Services.AddSingleton<PlanningCycle>();
    builder.Services.AddHostedService<PlanningWorker>();
    using var host = builder.Build();
    await host.RunAsync();
    return Environment.ExitCode;
}
