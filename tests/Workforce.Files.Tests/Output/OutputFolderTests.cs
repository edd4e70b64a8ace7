using Workforce.Files.Output;

namespace Workforce.Files.Tests.Output;

/// <summary>An output folder is replaced whole, only on success, and only when it is empty or Workforce's own.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("workforce-output-folder-").FullName;

    private string Target => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Run(string file, string text)
    {
        using var folder = OutputFolder.Begin(Target);
        File.WriteAllText(Path.Combine(folder.WorkingDirectory, file), text);
        folder.Commit();
    }

    [Fact]
    public void A_committed_run_replaces_the_folder_whole_and_leaves_the_marker()
    {
        Run("roster.csv", "first");
        Run("requirements.csv", "second");

        Assert.Equal([".workforce-output", "requirements.csv"], Directory.GetFiles(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_run_that_is_not_committed_leaves_the_folder_as_it_was_and_nothing_beside_it()
    {
        Run("roster.csv", "first");

        using (var folder = OutputFolder.Begin(Target))
        {
            File.WriteAllText(Path.Combine(folder.WorkingDirectory, "roster.csv"), "second");
        }

        Assert.Equal("first", File.ReadAllText(Path.Combine(Target, "roster.csv")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_folder_is_replaced()
    {
        Directory.CreateDirectory(Target);

        Run("roster.csv", "first");

        Assert.True(File.Exists(Path.Combine(Target, "roster.csv")));
    }

    [Fact]
    public void A_folder_of_other_files_is_refused_and_kept()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "notes.txt"), "mine");

        var error = Assert.Throws<IOException>(() => OutputFolder.Begin(Target));

        Assert.Contains(OutputFolder.MarkerFile, error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Target, "notes.txt")));
    }

    [Fact]
    public void A_folder_under_a_regular_file_is_refused_at_the_start()
    {
        var file = Path.Combine(_root, "file");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<IOException>(() => OutputFolder.Begin(Path.Combine(file, "out")));

        Assert.Contains("is a file, not a folder", error.Message, StringComparison.Ordinal);
        Assert.Throws<IOException>(() => OutputFolder.CheckFile(Path.Combine(file, "forecast.csv")));
    }

    [Fact]
    public void A_folder_holding_an_input_is_refused()
    {
        Run("site.json", "{}");

        var error = Assert.Throws<IOException>(() => OutputFolder.Begin(Target, Target));

        Assert.Contains("holds the input", error.Message, StringComparison.Ordinal);
    }
}
