using System.CommandLine;
using System.Globalization;
using Workforce.Storage;

namespace Workforce.Cli.Commands;

/// <summary><c>workforce db migrate</c>: applies the pending schema migrations (a no-op when current).</summary>
internal static class DbMigrateCommand
{
    public static Command Build()
    {
        var connection = DatabaseOption.Create();
        var command = new Command("migrate", "Create or upgrade the database schema") { connection };
        command.SetAction((parse, cancellationToken) => DatabaseOption.RunAsync(parse, connection, async dataSource =>
        {
            var applied = await new SchemaMigrator(dataSource).MigrateAsync(cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine(applied.Count == 0
                ? "Schema is up to date."
                : string.Create(CultureInfo.InvariantCulture, $"Applied {applied.Count} migration(s): {string.Join(", ", applied.Select(m => $"{m.Version:0000}_{m.Name}"))}"));
            return ExitCodes.Success;
        }));
        return command;
    }
}
