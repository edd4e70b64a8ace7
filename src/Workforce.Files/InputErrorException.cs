using Workforce.Core.Common;

namespace Workforce.Files;

/// <summary>
/// Unwinds a reader from deep inside a file to its public entry point, where it becomes a
/// <see cref="InputResult{T}"/>. It never leaves this assembly.
/// </summary>
internal sealed class InputErrorException(InputError error) : Exception(error.ToString())
{
    public InputError Error { get; } = error;

    /// <summary>Runs a reader and turns the first bad-input error it meets into a failed result.</summary>
    public static InputResult<T> Capture<T>(Func<T> read)
    {
        try
        {
            return InputResult<T>.Success(read());
        }
        catch (InputErrorException ex)
        {
            return InputResult<T>.Failure(ex.Error);
        }
    }
}
