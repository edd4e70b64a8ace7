namespace Workforce.Benchmarks;

/// <summary>The repository the benchmarks run in: its data/ folder holds their inputs.</summary>
internal static class Repository
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Run the benchmarks inside the repository: their inputs are in data/.");
    }
}
