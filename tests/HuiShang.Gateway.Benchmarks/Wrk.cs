using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HuiShang.Gateway.Benchmarks;

/// <summary>One wrk run's figures.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Non2xx);

/// <summary>
/// Drives wrk (Debian's package; a C load generator, so the client costs little of the two cores)
/// with a fixed number of connections for a fixed time, latency distribution on.
/// </summary>
public static partial class Wrk
{
    public static void EnsureInstalled()
    {
        if (Which("wrk"))
        {
            return;
        }

        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("wrk is not installed: sudo apt-get install -y wrk");
        }

        Run("apt-get", "install -y -q wrk", TimeSpan.FromMinutes(5));
    }

    public static WrkResult Measure(Uri url, string token, int threads, int connections, int seconds)
    {
        var output = Run(
            "wrk",
            $"-t{threads} -c{connections} -d{seconds}s --latency -H \"Authorization: Bearer {token}\" {url}",
            TimeSpan.FromSeconds(seconds + 60));
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(rps, Percentile(output, "50"), Percentile(output, "99"), non2xx);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static bool Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    private static string Run(string file, string arguments, TimeSpan timeout)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {timeout}.");
        }

        return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"{file} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
