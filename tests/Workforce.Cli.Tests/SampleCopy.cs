namespace Workforce.Cli.Tests;

/// <summary>A private copy of data/sample that a test may spoil or change without touching the repository.</summary>
public sealed class SampleCopy : IDisposable
{
    public SampleCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "workforce-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "data", "sample");
        foreach (var file in System.IO.Directory.GetFiles(sample))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public string SitePath => Path.Combine(Directory, "site.json");

    public string ForecastPath => Path.Combine(Directory, "forecast.csv");

    public void EditSite(Func<string, string> edit) => File.WriteAllText(SitePath, edit(File.ReadAllText(SitePath)));

    /// <summary>Replaces data line <paramref name="lineNumber"/> (1-based, counting the header) of forecast.csv.</summary>
    public void ReplaceForecastLine(int lineNumber, string text)
    {
        var lines = File.ReadAllLines(ForecastPath);
        lines[lineNumber - 1] = text;
        File.WriteAllLines(ForecastPath, lines);
    }

    public string ForecastLine(int lineNumber) => File.ReadAllLines(ForecastPath)[lineNumber - 1];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
