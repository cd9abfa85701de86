using HuiShang.Grpc.Server;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests.Services;

/// <summary>Echo whose handler ignores its cancellation token, as careless code does.</summary>
public sealed class StubbornService
{
    public static readonly TaskCompletionSource Finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<EchoReply> Echo(EchoRequest request, ServerCallContext context)
    {
        await Task.Delay(request.DelayMs, CancellationToken.None);
        Finished.TrySetResult();
        return new EchoReply();
    }
}
