using System.Diagnostics;

namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>
/// One process as /proc showed it. The start time tells this process apart from a later one that
/// got the same PID, so killing "by PID" never hits a process we did not start.
/// </summary>
public sealed record ProcessInfo(int Pid, int ParentPid, string Name, char State, ulong StartTime)
{
    /// <summary>Still the same process and not finished (a zombie has finished: it only waits to be reaped).</summary>
    public bool IsRunning() =>
        ProcessTable.Read(Pid) is { } now && now.StartTime == StartTime && now.State is not ('Z' or 'X');

    /// <summary>SIGKILL, if it is still this process.</summary>
    public void Kill()
    {
        if (!IsRunning())
        {
            return;
        }

        try
        {
            using var process = Process.GetProcessById(Pid);
            process.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    public override string ToString() => $"{Name}({Pid})";
}
