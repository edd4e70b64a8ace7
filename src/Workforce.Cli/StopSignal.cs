using System.Runtime.InteropServices;

namespace Workforce.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM as a stop request: the first one cancels <see cref="Token"/>, so every
/// stage stops and the best result so far is written; a second one ends the process at once, as
/// usual. Dispose to restore the default handling.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private readonly TextWriter _error;
    private readonly string _message;

    public StopSignal(TextWriter error, string message)
    {
        _error = error;
        _message = message;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    public CancellationToken Token => _source.Token;

    public bool Requested => _source.IsCancellationRequested;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return; // A second request: let the process end as it normally would.
        }

        context.Cancel = true;
        _error.WriteLine(_message);
        _source.Cancel();
    }
}
