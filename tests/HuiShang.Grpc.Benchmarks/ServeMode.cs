using System.Runtime.InteropServices;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// <c>--serve &lt;server&gt;</c>: one .NET server alone in this process, with the same start-up contract as
/// tests/interop/server.js, so the load client treats every server alike.
/// </summary>
internal static class ServeMode
{
    public static async Task<int> RunAsync(string server, bool stopOnStdinClose)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

        // BenchmarkOptions accepts only "dotnet": the one .NET server left since the retired transport went.
        var (port, running) = server == BenchmarkOptions.DotnetServer
            ? await DotnetEchoServer.StartAsync()
            : throw new ArgumentOutOfRangeException(nameof(server), server, "Unknown server.");
        await using var serving = running;
        Console.Out.WriteLine($"LISTENING {port}");
        Console.Out.Flush();

        if (stopOnStdinClose)
        {
            // A parent that dies without signalling still closes our stdin: never outlive it. Opt-in
            // (like server.js): a server started in the background by hand has stdin at /dev/null.
            _ = Task.Run(async () =>
            {
                while (await Console.In.ReadLineAsync() is not null)
                {
                }

                stop.TrySetResult();
            });
        }

        await stop.Task;
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
    }
}
