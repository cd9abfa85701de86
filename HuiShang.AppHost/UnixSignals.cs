using System.Runtime.InteropServices;

namespace HuiShang.AppHost;

/// <summary>SIGTERM to a child we started: .NET hosts shut down gracefully on it (Process.Kill is SIGKILL).</summary>
internal static partial class UnixSignals
{
    private const int SigTerm = 15;

    public static void Terminate(int pid) => _ = Kill(pid, SigTerm);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
