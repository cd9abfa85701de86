using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>
/// Kill actions run when the .NET process ends without stopping its servers, so a test run or
/// AppHost leaves no broker or database behind. Nothing can run on SIGKILL or a hard crash; that
/// is the limit of "as far as possible".
/// </summary>
public static class ProcessExitCleanup
{
    private static readonly ConcurrentDictionary<long, Action> Actions = new();

    // .NET raises ProcessExit only on a normal exit: SIGTERM (kill, test runners, Kubernetes),
    // SIGHUP (terminal closed), SIGINT and SIGQUIT end a plain console process without it
    // (measured: exit 143/129, children left running). Kept alive for the process lifetime.
    private static readonly PosixSignalRegistration[] Signals =
    [
        .. new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal)),
    ];

    private static long _nextId;
    private static volatile bool _onSignals = true;

    static ProcessExitCleanup() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAll();

    /// <summary>
    /// Whether SIGTERM, SIGHUP, SIGINT and SIGQUIT kill the registered servers at once (default).
    /// Signal handlers run last-registered first, so a Ctrl+C handler registered before the
    /// first server cannot keep them alive by cancelling; a launcher that stops everything
    /// gracefully itself sets this to false (ProcessExit still cleans up at the end).
    /// </summary>
    public static bool OnSignals
    {
        get => _onSignals;
        set => _onSignals = value;
    }

    /// <summary>Registers <paramref name="cleanup"/>; pass the returned id to <see cref="Unregister"/>.</summary>
    public static long Register(Action cleanup)
    {
        var id = Interlocked.Increment(ref _nextId);
        Actions[id] = cleanup;
        return id;
    }

    public static void Unregister(long id) => Actions.TryRemove(id, out _);

    // A handler that cancelled the signal before us (e.g. a host's graceful shutdown) keeps the
    // process alive and will stop the servers itself; ProcessExit remains the safety net then.
    private static void OnSignal(PosixSignalContext context)
    {
        if (_onSignals && !context.Cancel)
        {
            RunAll();
        }
    }

    private static void RunAll()
    {
        foreach (var id in Actions.Keys)
        {
            if (Actions.TryRemove(id, out var cleanup))
            {
                try
                {
                    cleanup();
                }
                catch (Exception)
                {
                    // Best effort while the process ends: one failure must not stop the others.
                }
            }
        }
    }
}
