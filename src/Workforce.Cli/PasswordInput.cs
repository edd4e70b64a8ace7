using Microsoft.AspNetCore.Identity;

namespace Workforce.Cli;

/// <summary>
/// A new user's password for <c>users add</c> and <c>db user add</c>: one line of standard input (never an
/// argument, which the process list would show; never a default), kept only as ASP.NET Core Identity's hash
/// (PBKDF2 with a per-user salt).
/// </summary>
internal static class PasswordInput
{
    /// <summary>The hash of the password read from standard input; bad input when there is none.</summary>
    /// <param name="command">The command, for the example in the message (<c>users add</c>).</param>
    public static string HashFromStandardInput(string userName, string command)
    {
        var password = Console.In.ReadLine();
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new BadInputException($"password: standard input has no password; pipe one line, e.g. `read -rs P && printf '%s\\n' \"$P\" | workforce {command} ...`");
        }

        return new PasswordHasher<string>().HashPassword(userName, password);
    }
}
