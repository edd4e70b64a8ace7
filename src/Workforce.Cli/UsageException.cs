namespace Workforce.Cli;

/// <summary>An option value that parsed but makes no sense; reported as bad input (exit code 2).</summary>
internal sealed class UsageException(string option, string message) : Exception($"{option}: {message}")
{
    public string Option { get; } = option;
}
