using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>What the figures depend on, printed with them: CPUs, runtimes and how busy the machine was.</summary>
internal static class MachineContext
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} logical CPUs ({CpuModel()}), {RuntimeInformation.OSDescription}, " +
        $"{RuntimeInformation.FrameworkDescription}, node {NodeVersion()}";

    /// <summary>1-minute load average: above the CPU count, other work was competing with the run.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : RuntimeInformation.ProcessArchitecture.ToString();

    private static string NodeVersion()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true });
            var version = node?.StandardOutput.ReadToEnd().Trim();
            node?.WaitForExit();
            return string.IsNullOrEmpty(version) ? "unknown" : version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
