using System.Runtime.InteropServices;

namespace HuiShang.AppHost;

/// <summary>Completes on Ctrl+C (SIGINT), SIGTERM or SIGQUIT, and keeps the runtime from exiting before cleanup.</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly TaskCompletionSource<string> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal() =>
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                // Cancel the default action (terminate now): we stop the children first.
                context.Cancel = true;
                _received.TrySetResult(context.Signal.ToString());
            }))];

    public Task<string> Received => _received.Task;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
