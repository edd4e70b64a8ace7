namespace Workforce.Files.Tests.Benchmarks;

/// <summary>The Curtois–Qu instances in the repository's <c>data/benchmarks/curtois-qu-2014</c>.</summary>
internal static class BenchmarkData
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "data", "benchmarks", "curtois-qu-2014");

    public static string Instance(int number) => Path.Combine(Folder, $"Instance{number}.txt");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Workforce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Workforce.sln not found above " + AppContext.BaseDirectory);
    }
}
