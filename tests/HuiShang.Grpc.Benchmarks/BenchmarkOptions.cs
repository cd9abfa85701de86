using System.Globalization;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>Command-line flags; defaults are the figures the issue asks for (64 concurrent calls).</summary>
internal sealed record BenchmarkOptions
{
    public const string DotnetServer = "dotnet";

    private const string Usage = """
        Usage: dotnet run -c Release --project tests/HuiShang.Grpc.Benchmarks -- [flags]
          --concurrency N   concurrent closed-loop callers (default 64)
          --warmup S        seconds of unrecorded calls before each measurement, and of a
                            first unmeasured pass over all scenarios (default 3)
          --duration S      seconds measured per scenario and round (default 10)
          --rounds N        times the scenarios run, interleaved A,C,A,C… (default 3)
          --payload N       Echo payload bytes (default 16)
          --scenarios LIST  subset of A (grpc-dotnet server) and C (grpc-js server) (default A,C;
                            B was the retired HuiShang.Grpc server, see results/)
          --out PATH        markdown result file (default BenchmarkResults/grpc.md)
          --serve dotnet    run only the grpc-dotnet server; prints LISTENING <port>,
                            stops on SIGTERM/SIGINT
          --stop-on-stdin-close  with --serve: also stop when stdin closes (the benchmark's own child does)
        """;

    public int Concurrency { get; init; } = 64;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    // Several interleaved rounds: on a shared machine one window can land on a busy moment.
    public int Rounds { get; init; } = 3;

    public int PayloadSize { get; init; } = 16;

    public string Scenarios { get; init; } = "AC";

    public string OutputPath { get; init; } = Path.Combine("BenchmarkResults", "grpc.md");

    /// <summary>Set in serve mode: which .NET server this process is.</summary>
    public string? Serve { get; init; }

    public bool StopOnStdinClose { get; init; }

    /// <summary>The options, or null after printing what was wrong.</summary>
    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
                options = args[i] switch
                {
                    "--concurrency" => options with { Concurrency = Positive(Next()) },
                    "--warmup" => options with { Warmup = Seconds(Next(), allowZero: true) },
                    "--duration" => options with { Duration = Seconds(Next(), allowZero: false) },
                    "--rounds" => options with { Rounds = Positive(Next()) },
                    "--payload" => options with { PayloadSize = Positive(Next()) },
                    "--scenarios" => options with { Scenarios = ScenarioList(Next()) },
                    "--out" => options with { OutputPath = Next() },
                    "--serve" => options with { Serve = ServerName(Next()) },
                    "--stop-on-stdin-close" => options with { StopOnStdinClose = true },
                    "-h" or "--help" => throw new FormatException(""),
                    var other => throw new FormatException($"Unknown flag '{other}'."),
                };
            }
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine(ex.Message.Length > 0 ? $"{ex.Message}\n{Usage}" : Usage);
            return null;
        }

        return options;
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"'{value}' is not a positive whole number.");

    private static TimeSpan Seconds(string value, bool allowZero) =>
        double.TryParse(value.TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && (s > 0 || allowZero && s == 0)
            ? TimeSpan.FromSeconds(s)
            : throw new FormatException($"'{value}' is not a number of seconds.");

    private static string ServerName(string value) =>
        value is DotnetServer ? value : throw new FormatException($"'{value}' is not a server: {DotnetServer}.");

    private static string ScenarioList(string value)
    {
        var letters = string.Concat(value.ToUpperInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return letters.Length > 0 && letters.All(c => c is 'A' or 'C')
            ? new string(letters.Distinct().Order().ToArray())
            : throw new FormatException($"'{value}' is not a list of scenarios A, C.");
    }
}
