using System.Net.Http;

namespace HuiShang.Grpc.Client;

/// <summary>
/// The cancellation of one client call: the caller's token plus the deadline. Turns what the
/// HTTP stack throws into the status the caller should see.
/// </summary>
internal sealed class CallDeadline : IDisposable
{
    // Only a call with a deadline needs its own source; without one the caller's token is the
    // whole story, and skipping the linked source saves its allocation and the handler's registration.
    private readonly CancellationTokenSource? _source;
    private readonly CancellationToken _callerToken;
    private readonly DateTime? _deadline;

    private CallDeadline(CallOptions options)
    {
        _callerToken = options.CancellationToken;
        _deadline = options.Deadline;
        if (Remaining is { } remaining)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
            _source.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }
    }

    public CancellationToken Token => _source?.Token ?? _callerToken;

    /// <summary>Time left until the deadline, or null when the call has none.</summary>
    public TimeSpan? Remaining => _deadline is { } deadline && deadline < DateTime.MaxValue
        ? deadline.ToUniversalTime() - DateTime.UtcNow
        : null;

    public static CallDeadline Start(CallOptions options)
    {
        var deadline = new CallDeadline(options);
        if (deadline.Remaining is { } remaining && remaining <= TimeSpan.Zero)
        {
            deadline.Dispose();
            throw new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        options.CancellationToken.ThrowIfCancellationRequested();
        return deadline;
    }

    public RpcException Translate(Exception ex)
    {
        if (ex is OperationCanceledException && _callerToken.IsCancellationRequested)
        {
            return new RpcException(StatusCode.Cancelled, "Call cancelled by the caller.");
        }

        if (_source?.IsCancellationRequested ?? _callerToken.IsCancellationRequested)
        {
            return new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        return ex switch
        {
            HttpProtocolException protocol => new RpcException(FromHttp2Error(protocol.ErrorCode), $"HTTP/2 stream error {protocol.ErrorCode}: {protocol.Message}"),
            HttpRequestException request => new RpcException(StatusCode.Unavailable, $"Error connecting to the server: {request.Message}"),
            IOException io => new RpcException(StatusCode.Unavailable, $"Connection lost: {io.Message}"),
            _ => new RpcException(StatusCode.Internal, $"Client call failed: {ex.GetType().Name}: {ex.Message}"),
        };
    }

    public void Dispose() => _source?.Dispose();

    /// <summary>PROTOCOL-HTTP2 "Errors": RST_STREAM codes and the status they stand for.</summary>
    private static StatusCode FromHttp2Error(long code) => code switch
    {
        0x7 => StatusCode.Unavailable, // REFUSED_STREAM: safe to retry
        0x8 => StatusCode.Cancelled, // CANCEL
        0xb => StatusCode.ResourceExhausted, // ENHANCE_YOUR_CALM
        0xc => StatusCode.PermissionDenied, // INADEQUATE_SECURITY
        _ => StatusCode.Internal,
    };
}
