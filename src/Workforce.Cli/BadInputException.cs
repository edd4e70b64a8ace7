namespace Workforce.Cli;

/// <summary>Bad input found while running a command; the entry point prints it as one line and exits 2.</summary>
internal sealed class BadInputException(string message) : Exception(message);
