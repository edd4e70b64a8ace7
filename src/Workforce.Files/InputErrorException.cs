using Workforce.Core.Common;

namespace Workforce.Files;

/// <summary>
/// Unwinds a reader from deep inside a file to its public entry point, where it becomes a
/// <see cref="InputResult{T}"/>. It never leaves this assembly.
/// </summary>
internal sealed class InputErrorException(InputError error) : Exception(error.ToString())
{
    public InputError Error { get; } = error;
}
