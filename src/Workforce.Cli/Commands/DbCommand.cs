using System.CommandLine;

namespace Workforce.Cli.Commands;

/// <summary><c>workforce db</c>: the PostgreSQL store's schema, and scenario folders in and out of it.</summary>
internal static class DbCommand
{
    public static Command Build() => new("db", "PostgreSQL store: migrate the schema, import and export scenario folders")
    {
        DbMigrateCommand.Build(),
        DbImportCommand.Build(),
        DbExportCommand.Build(),
        DbUserCommand.Build(),
    };
}
