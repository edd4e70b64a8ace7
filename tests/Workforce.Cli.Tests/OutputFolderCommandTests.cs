using System.Diagnostics;

namespace Workforce.Cli.Tests;

/// <summary>
/// Whole-folder outputs: a failed run leaves --out byte for byte as it was, with no "Wrote" line; an
/// unwritable --out is refused before any solve; a folder Workforce did not write is never replaced.
/// </summary>
public class OutputFolderCommandTests
{
    /// <summary>Every file under <paramref name="folder"/>, with its bytes.</summary>
    private static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    private static void AssertUnchanged(SortedDictionary<string, byte[]> before, string folder)
    {
        var after = Snapshot(folder);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
        }
    }

    /// <summary>The sample without its agents: a staffing-only plan, which takes a second.</summary>
    private static SampleCopy StaffingOnlySample()
    {
        var sample = new SampleCopy();
        foreach (var file in new[] { "agents.csv", "contracts.json", "time_off.csv", "carry_in.csv" })
        {
            File.Delete(Path.Combine(sample.Directory, file));
        }

        return sample;
    }

    [Fact]
    public void A_failed_replan_leaves_the_folder_byte_for_byte_with_exit_2_and_no_wrote_line()
    {
        using var sample = StaffingOnlySample();
        var outDir = Path.Combine(sample.Directory, "..", Path.GetFileName(sample.Directory) + "-out");
        try
        {
            var first = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir);
            Assert.True(first.ExitCode == 0, first.StandardError);
            Assert.True(File.Exists(Path.Combine(outDir, ".workforce-output")));
            var before = Snapshot(outDir);
            sample.ReplaceForecastLine(2, "2026-03-08T00:00,phone,1e12,300");

            var second = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir);

            Assert.Equal(2, second.ExitCode);
            Assert.DoesNotContain("Wrote", second.StandardError, StringComparison.Ordinal);
            AssertUnchanged(before, outDir);
            Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(Path.GetFullPath(outDir))!, Path.GetFileName(sample.Directory) + "-out*"));
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(Path.GetFullPath(outDir))!, $".{Path.GetFileName(outDir)}*"));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void A_replan_whose_limit_ends_before_a_roster_exits_4_and_keeps_the_earlier_roster()
    {
        using var sample = new SampleCopy();
        var outDir = Path.Combine(sample.Directory, "..", Path.GetFileName(sample.Directory) + "-out");
        try
        {
            var first = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "10s");
            Assert.True(first.ExitCode == 0, first.StandardError);
            var before = Snapshot(outDir);
            Assert.Contains("roster.csv", before.Keys);

            var second = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir, "--time-limit", "0.1s");

            Assert.Equal(4, second.ExitCode);
            Assert.DoesNotContain("Wrote", second.StandardError, StringComparison.Ordinal);
            AssertUnchanged(before, outDir);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void An_out_whose_parent_is_a_regular_file_is_refused_before_any_solve()
    {
        using var sample = new SampleCopy();
        var file = Path.Combine(sample.Directory, "a-file");
        File.WriteAllText(file, "not a folder");
        var clock = Stopwatch.StartNew();

        var outcome = CliRunner.Run("roster", "--scenario", sample.Directory, "--out", Path.Combine(file, "out"), "--time-limit", "60s");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is a file, not a folder", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Rostering", outcome.StandardError, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"refused after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void An_existing_folder_without_the_marker_is_refused_and_kept()
    {
        using var sample = StaffingOnlySample();
        var reports = Path.Combine(sample.Directory, "reports");
        Directory.CreateDirectory(reports);
        File.WriteAllText(Path.Combine(reports, "quarterly.xlsx"), "mine");

        var outcome = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", reports);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(".workforce-output", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(["quarterly.xlsx"], Directory.GetFileSystemEntries(reports).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_that_holds_the_scenario_is_refused()
    {
        using var sample = StaffingOnlySample();
        var before = Snapshot(sample.Directory);

        var outcome = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", sample.Directory);

        Assert.Equal(2, outcome.ExitCode);
        AssertUnchanged(before, sample.Directory);
    }

    [Fact]
    public void A_rerun_into_its_own_folder_replaces_it_whole_leaving_no_stale_file()
    {
        using var sample = StaffingOnlySample();
        var outDir = Path.Combine(sample.Directory, "..", Path.GetFileName(sample.Directory) + "-out");
        try
        {
            Assert.Equal(0, CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir).ExitCode);
            File.WriteAllText(Path.Combine(outDir, "roster.csv"), "from an earlier run");

            var outcome = CliRunner.Run("plan", "--scenario", sample.Directory, "--out", outDir);

            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains($"Wrote the plan to {outDir}", outcome.StandardError, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(outDir, "roster.csv")));
            Assert.True(File.Exists(Path.Combine(outDir, "requirements.csv")));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
