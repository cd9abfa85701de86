using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>
/// What the fake services do next, set by each test, and what they received. Tests of one
/// collection run one at a time, so one script is shared and reset per test.
/// </summary>
public sealed class BackendScript
{
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();

    /// <summary>When set, every call ends with this exception instead of the canned reply.</summary>
    public Func<RpcException>? FailWith { get; set; }

    /// <summary>When set, every call waits until its deadline passes or the caller goes away.</summary>
    public bool Hang { get; set; }

    /// <summary>When set, list replies carry this much padding: over the gateway's 4 MiB receive limit, say.</summary>
    public int ReplyPaddingBytes { get; set; }

    /// <summary>The next-page token list replies carry ("" on the last page).</summary>
    public string NextPageToken { get; set; } = "";

    public IReadOnlyList<ReceivedCall> Calls => [.. _calls];

    public void Reset()
    {
        _calls.Clear();
        FailWith = null;
        Hang = false;
        ReplyPaddingBytes = 0;
        NextPageToken = "";
    }

    public async Task ReceiveAsync(string method, IMessage request, ServerCallContext context)
    {
        _calls.Enqueue(new ReceivedCall(method, context.RequestHeaders.GetValue("authorization"), request));
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }

        if (FailWith is { } fail)
        {
            throw fail();
        }
    }
}
