namespace Workforce.Core.Common;

/// <summary>
/// The outcome of reading input that may be bad: either a value or the error that stopped it.
/// Bad input is expected, so it is a result rather than an exception. (Not named ParseResult, which NodaTime.Text already uses.)
/// </summary>
public sealed class InputResult<T>
{
    private readonly T? _value;

    private InputResult(T? value, InputError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error, or null on success.</summary>
    public InputError? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>The value; throws when the parse failed, because reading it then is a bug.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"No value: {Error}");

    public static InputResult<T> Success(T value) => new(value, null);

    public static InputResult<T> Failure(InputError error) =>
        new(default, error ?? throw new ArgumentNullException(nameof(error)));
}
