using System.Runtime.InteropServices;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// <c>--serve</c>: the .NET TestGrpcServer alone in this process, with the same start-up contract as
/// tests/interop/server.js, so the load client treats both servers alike.
/// </summary>
internal static class ServeMode
{
    public static async Task<int> RunAsync(bool stopOnStdinClose)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

        await using var server = await TestGrpcServer.StartAsync();
        Console.Out.WriteLine($"LISTENING {server.Address.Port}");
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
