namespace Workforce.Files.Output;

/// <summary>
/// An output folder written whole: a run writes into <see cref="WorkingDirectory"/>, a new folder beside
/// the target, and <see cref="Commit"/> puts it in the target's place only when the run succeeded. A run
/// that fails (or is disposed uncommitted) leaves the target exactly as it was.
/// </summary>
/// <remarks>
/// Only an empty folder, or one that holds the marker file <see cref="MarkerFile"/> (which every folder
/// written here holds), is replaced: a target holding anything else is refused before any work, so an
/// output folder pointed at a folder of unrelated files never deletes them. The swap is two renames
/// inside the same parent folder (the old folder moves aside, the new one moves in) and then the old one
/// is deleted; a crash between the renames leaves the old folder beside the target as <c>.NAME.….old</c>.
/// Refusals and unwritable places throw <see cref="IOException"/> with a message that names the folder.
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The file that marks a folder as Workforce's output, which a later run may replace.</summary>
    public const string MarkerFile = ".workforce-output";

    private const string MarkerText = "This folder was written by workforce, which replaces it whole on the next run into it.\n";

    private bool _committed;

    private OutputFolder(string target, string workingDirectory)
    {
        Target = target;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The folder the run's results replace, as given.</summary>
    public string Target { get; }

    /// <summary>The new folder beside the target that the run writes into.</summary>
    public string WorkingDirectory { get; }

    /// <summary>
    /// Checks that <paramref name="path"/> may be replaced and that its parent folder is writable, by
    /// creating the working folder there (with its marker). Call it before any long work.
    /// </summary>
    /// <param name="path">The output folder.</param>
    /// <param name="inputs">Files and folders the run reads: the output folder may not be or hold any of them, since replacing it would delete them.</param>
    public static OutputFolder Begin(string path, params IEnumerable<string?> inputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(inputs);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"{path}: the root folder cannot be an output folder");
        foreach (var input in inputs.OfType<string>())
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            if (full == target || full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new IOException($"{path}: the output folder holds the input {input}; a run replaces its output folder whole, so write elsewhere");
            }
        }

        CheckReplaceable(path, target);
        CheckAncestors(path, parent);
        var workingDirectory = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            Directory.CreateDirectory(workingDirectory);
            File.WriteAllText(Path.Combine(workingDirectory, MarkerFile), MarkerText);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: cannot write an output folder there ({ex.Message})", ex);
        }

        return new OutputFolder(path, workingDirectory);
    }

    /// <summary>
    /// Checks, before any long work, that a single output file can be written at <paramref name="path"/>:
    /// not a folder, and in a folder that exists or can be made. Throws <see cref="IOException"/> if not.
    /// </summary>
    public static void CheckFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path}: is a folder; give a file name");
        }

        CheckAncestors(path, Path.GetDirectoryName(full)!);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: cannot write a file there ({ex.Message})", ex);
        }
    }

    /// <summary>Puts the working folder in the target's place (replacing what was there), the last step of a successful run.</summary>
    public void Commit()
    {
        if (_committed)
        {
            throw new InvalidOperationException($"{Target} is already committed");
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Target));
        CheckReplaceable(Target, target);
        if (!Directory.Exists(target))
        {
            Directory.Move(WorkingDirectory, target);
            _committed = true;
            return;
        }

        var aside = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.old");
        Directory.Move(target, aside);
        try
        {
            Directory.Move(WorkingDirectory, target);
        }
        catch
        {
            Directory.Move(aside, target);
            throw;
        }

        _committed = true;
        Directory.Delete(aside, recursive: true);
    }

    /// <summary>Deletes the working folder unless the run was committed.</summary>
    public void Dispose()
    {
        if (_committed || !Directory.Exists(WorkingDirectory))
        {
            return;
        }

        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover hidden .partial folder beside the target is harmless, and the target is untouched.
        }
    }

    /// <summary>Refuses a path under a regular file, which no folder can be made in.</summary>
    private static void CheckAncestors(string path, string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                throw new IOException($"{path}: cannot write there: {current} is a file, not a folder");
            }

            if (Directory.Exists(current))
            {
                return;
            }
        }
    }

    /// <summary>A target may be replaced when it does not exist, is an empty folder, or holds the marker.</summary>
    private static void CheckReplaceable(string path, string target)
    {
        if (File.Exists(target))
        {
            throw new IOException($"{path}: is a file, not a folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerFile)))
        {
            throw new IOException($"{path}: the folder holds files that workforce did not write (no {MarkerFile}); give an empty or new folder, so that nothing of yours is replaced");
        }
    }
}
