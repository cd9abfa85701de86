using System.Buffers;
using Google.Protobuf;
using HuiShang.Grpc.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Grpc.Server;

/// <summary>
/// The state of one call on the server: its deadline, cancellation, request reading and response
/// writing. Created after the transport checks (HTTP/2, content type) passed.
/// </summary>
internal sealed class ServerCall : IDisposable
{
    private readonly GrpcServerOptions _options;
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource? _deadlineReached;
    private readonly string? _requestEncoding;
    private readonly bool _compressResponses;
    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromMilliseconds(int.MaxValue);
    private readonly CancellationTokenSource? _deadlineTimer;
    private RpcException? _invalidRequest;

    public ServerCall(HttpContext httpContext, ServerMethod method, GrpcServerOptions options)
    {
        HttpContext = httpContext;
        _options = options;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        var headers = httpContext.Request.Headers;

        var deadline = DateTime.MaxValue;
        var timeoutHeader = headers[GrpcHeaders.Timeout].ToString();
        var timeout = TimeSpan.MaxValue;
        if (timeoutHeader.Length > 0 && !GrpcTimeout.TryParse(timeoutHeader, out timeout))
        {
            _invalidRequest = new RpcException(StatusCode.InvalidArgument, $"Invalid grpc-timeout '{timeoutHeader}'.");
        }
        else if (timeoutHeader.Length > 0 && timeout < MaxTimerDelay)
        {
            // Longer timeouts than a timer can hold (~24 days) are as good as none.
            deadline = DateTime.UtcNow + timeout;
            _deadlineReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var deadlineTimer = new CancellationTokenSource(timeout);
            deadlineTimer.Token.Register(() =>
            {
                _deadlineReached.TrySetResult();
                try
                {
                    _cancellation.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The call ended at the same instant: nothing left to cancel.
                }
            });
            _deadlineTimer = deadlineTimer;
        }

        _requestEncoding = headers[GrpcHeaders.Encoding].ToString() is { Length: > 0 } encoding ? encoding : null;
        if (_requestEncoding is not null && !IsSupportedEncoding(_requestEncoding))
        {
            // PROTOCOL-HTTP2: an unsupported message encoding is UNIMPLEMENTED, naming what we accept.
            httpContext.Response.Headers[GrpcHeaders.AcceptEncoding] = GrpcHeaders.SupportedEncodings;
            _invalidRequest ??= new RpcException(StatusCode.Unimplemented, $"Unsupported grpc-encoding value '{_requestEncoding}'. Supported encodings: {GrpcHeaders.SupportedEncodings}");
        }

        _compressResponses = options.ResponseCompression == GrpcHeaders.Gzip
            && headers[GrpcHeaders.AcceptEncoding].ToString().Contains(GrpcHeaders.Gzip, StringComparison.OrdinalIgnoreCase);
        Metadata requestHeaders;
        try
        {
            requestHeaders = MetadataCodec.FromHeaders(headers);
        }
        catch (RpcException ex)
        {
            requestHeaders = new Metadata();
            _invalidRequest ??= ex;
        }

        Context = new ServerCallContext(this, method.Path, deadline, requestHeaders, _cancellation.Token);
    }

    public HttpContext HttpContext { get; }

    public ServerCallContext Context { get; }

    public bool DeadlineReached => _deadlineReached?.Task.IsCompleted == true;

    /// <summary>Throws the status for a request whose headers already broke the protocol.</summary>
    public void ThrowIfInvalidRequest()
    {
        if (_invalidRequest is not null)
        {
            throw _invalidRequest;
        }
    }

    public T GetService<T>()
        where T : class =>
        HttpContext.RequestServices.GetService<T>()
        ?? ActivatorUtilities.GetServiceOrCreateInstance<T>(HttpContext.RequestServices);

    /// <summary>Reads exactly one length-prefixed message and the end of the request stream.</summary>
    /// <remarks>A ValueTask: a small request usually arrives whole, and then nothing is allocated to return it.</remarks>
    public async ValueTask<T> ReadSingleMessageAsync<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        var reader = HttpContext.Request.BodyReader;
        int? length = null;
        var compressed = false;
        while (true)
        {
            var result = await reader.ReadAsync(_cancellation.Token);
            var buffer = result.Buffer;
            if (length is null && buffer.Length >= GrpcFrame.HeaderSize)
            {
                length = ReadHeader(buffer, out compressed);
            }

            if (length is not null && buffer.Length > GrpcFrame.HeaderSize + length.Value)
            {
                reader.AdvanceTo(buffer.End);
                throw new RpcException(StatusCode.Internal, "Additional data after the message received: a unary request carries one message.");
            }

            if (result.IsCompleted)
            {
                if (length is null || buffer.Length < GrpcFrame.HeaderSize + length.Value)
                {
                    reader.AdvanceTo(buffer.End);
                    throw new RpcException(StatusCode.Internal, buffer.IsEmpty ? "Request did not include a message." : "Incomplete message.");
                }

                var message = GrpcFrame.Parse(parser, buffer.Slice(GrpcFrame.HeaderSize, length.Value), compressed, _options.MaxReceiveMessageSize);
                reader.AdvanceTo(buffer.End);
                return message;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>
    /// Waits for the handler, but answers DEADLINE_EXCEEDED as soon as the deadline passes even if
    /// the handler ignores its token; the handler's late result is discarded.
    /// </summary>
    public Task<T> AwaitHandlerAsync<T>(Task<T> handler) =>
        NeedsDeadlineWatch(handler) ? AwaitWithDeadlineAsync(handler) : handler;

    public Task AwaitHandlerAsync(Task handler) =>
        NeedsDeadlineWatch(handler) ? AwaitWithDeadlineAsync(handler) : handler;

    /// <summary>Without a deadline, or with the handler already done, awaiting the handler itself is all there is to do.</summary>
    private bool NeedsDeadlineWatch(Task handler) => _deadlineReached is not null && !handler.IsCompleted;

    private async Task<T> AwaitWithDeadlineAsync<T>(Task<T> handler)
    {
        await AwaitWithDeadlineAsync((Task)handler);
        return await handler;
    }

    private async Task AwaitWithDeadlineAsync(Task handler)
    {
        if (_deadlineReached is not null && !handler.IsCompleted)
        {
            var first = await Task.WhenAny(handler, _deadlineReached.Task);
            if (first != handler)
            {
                Abandoned = handler;
                throw new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            }
        }

        await handler;
    }

    /// <summary>A handler still running after the call ended at its deadline.</summary>
    public Task? Abandoned { get; private set; }

    /// <summary>Buffers the unary response frame; Kestrel sends it with the trailers.</summary>
    public void WriteMessage(IMessage message)
    {
        if (DeadlineReached)
        {
            throw new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        PrepareResponse();
        GrpcFrame.Write(HttpContext.Response.BodyWriter, message, _options.MaxSendMessageSize, _compressResponses);
    }

    public async Task WriteStreamedMessageAsync(IMessage message, CancellationToken cancellationToken)
    {
        _cancellation.Token.ThrowIfCancellationRequested();
        WriteMessage(message);
        await HttpContext.Response.BodyWriter.FlushAsync(cancellationToken);
    }

    public async Task WriteResponseHeadersAsync(Metadata headers)
    {
        if (HttpContext.Response.HasStarted)
        {
            throw new InvalidOperationException("Response headers can only be sent once, before the first message.");
        }

        PrepareResponse();
        foreach (var entry in headers)
        {
            HttpContext.Response.Headers.Append(entry.Key, MetadataCodec.EncodeValue(entry));
        }

        await HttpContext.Response.BodyWriter.FlushAsync(_cancellation.Token);
    }

    /// <summary>
    /// Ends the call. Before any response byte was sent the status travels in the headers frame
    /// (a trailers-only response); otherwise in trailers after the messages.
    /// </summary>
    public void Complete(Status status, Metadata? trailers)
    {
        var response = HttpContext.Response;
        PrepareResponse();
        var trailersOnly = !response.HasStarted && status.StatusCode != StatusCode.OK;
        Add(response, trailersOnly, GrpcHeaders.Status, ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (status.Detail.Length > 0)
        {
            Add(response, trailersOnly, GrpcHeaders.Message, PercentEncoding.Encode(status.Detail));
        }

        AddAll(response, trailersOnly, trailers);
        AddAll(response, trailersOnly, Context.ResponseTrailers);
    }

    public void Dispose()
    {
        _deadlineTimer?.Dispose();
        _cancellation.Dispose();
    }

    /// <summary>Checks Count first: most calls have no trailers, and enumerating boxes an enumerator.</summary>
    private static void AddAll(HttpResponse response, bool trailersOnly, Metadata? metadata)
    {
        if (metadata is not { Count: > 0 })
        {
            return;
        }

        foreach (var entry in metadata)
        {
            Add(response, trailersOnly, entry.Key, MetadataCodec.EncodeValue(entry));
        }
    }

    private static void Add(HttpResponse response, bool trailersOnly, string key, string value)
    {
        if (trailersOnly)
        {
            response.Headers.Append(key, value);
        }
        else
        {
            response.AppendTrailer(key, value);
        }
    }

    private void PrepareResponse()
    {
        var response = HttpContext.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.ContentType = GrpcHeaders.ContentType;
        if (_compressResponses)
        {
            response.Headers[GrpcHeaders.Encoding] = GrpcHeaders.Gzip;
        }
    }

    private int ReadHeader(ReadOnlySequence<byte> buffer, out bool compressed)
    {
        Span<byte> header = stackalloc byte[GrpcFrame.HeaderSize];
        buffer.Slice(0, GrpcFrame.HeaderSize).CopyTo(header);
        return GrpcFrame.ReadHeader(header, _options.MaxReceiveMessageSize, _requestEncoding, out compressed);
    }

    private static bool IsSupportedEncoding(string encoding) =>
        encoding.Equals(GrpcHeaders.Identity, StringComparison.OrdinalIgnoreCase)
        || encoding.Equals(GrpcHeaders.Gzip, StringComparison.OrdinalIgnoreCase);
}
