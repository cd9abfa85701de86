using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using Google.Protobuf;
using HuiShang.Grpc.Protocol;
using HuiShang.Grpc.Telemetry;

namespace HuiShang.Grpc.Client;

/// <summary>
/// Calls to one gRPC server over one HTTP/2 connection pool. Thread-safe; create one per address
/// and keep it (DI: <see cref="GrpcChannelProvider"/>).
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private static readonly string UserAgent = $"huishang-grpc-dotnet/{typeof(GrpcChannel).Assembly.GetName().Version}";

    private readonly HttpMessageInvoker _invoker;
    private readonly GrpcChannelOptions _options;
    private readonly bool _compress;

    // One Uri per method path (a fixed set): parsing it for every call showed in the client profile.
    private readonly ConcurrentDictionary<string, Uri> _methodUris = new(StringComparer.Ordinal);

    private GrpcChannel(Uri address, GrpcChannelOptions options)
    {
        Address = address;
        _options = options;
        _compress = options.RequestCompression == GrpcHeaders.Gzip;
        _invoker = new HttpMessageInvoker(options.HttpHandler ?? CreateDefaultHandler(), options.HttpHandler is null || options.DisposeHttpHandler);
    }

    public Uri Address { get; }

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) => ForAddress(new Uri(address), options);

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions? options = null) => new(address, options ?? new GrpcChannelOptions());

    /// <summary>Calls a unary method and returns its response; a non-OK status throws <see cref="RpcException"/>.</summary>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        (await UnaryCallAsync(method, request, options)).Response;

    /// <summary>Like <see cref="UnaryAsync{TRequest,TResponse}"/>, also returning response headers and trailers.</summary>
    public async Task<CallResult<TResponse>> UnaryCallAsync<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = GrpcTelemetry.StartClientActivity(method.Descriptor, Address);
        var code = StatusCode.Unknown;
        try
        {
            var result = await CallAsync(method, request, options, async (reader, token) =>
            {
                var message = await reader.ReadAsync(token);
                if (message is not null && await reader.ReadAsync(token) is not null)
                {
                    throw new RpcException(StatusCode.Internal, "More than one message received for a unary call.");
                }

                return message;
            });
            code = StatusCode.OK;
            return result.Response is null
                ? throw new RpcException(StatusCode.Internal, "The server sent no response message for a unary call.")
                : new CallResult<TResponse>(result.Response, result.Headers, result.Trailers);
        }
        catch (RpcException ex)
        {
            code = ex.StatusCode;
            throw;
        }
        finally
        {
            GrpcTelemetry.RecordClientCall(activity, method.Descriptor, code, started);
        }
    }

    /// <summary>
    /// Calls a server-streaming method; messages arrive as the server sends them. Leaving the
    /// loop early cancels the call, so the server stops sending.
    /// </summary>
    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        var messages = System.Threading.Channels.Channel.CreateBounded<TResponse>(16);
        var call = CallAsync(method, request, options with { CancellationToken = stop.Token }, async (reader, token) =>
        {
            while (await reader.ReadAsync(token) is { } message)
            {
                await messages.Writer.WriteAsync(message, token);
            }

            return default(TResponse);
        });
        _ = call.ContinueWith(t => messages.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        try
        {
            await foreach (var message in messages.Reader.ReadAllAsync(CancellationToken.None))
            {
                yield return message;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await call.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public void Dispose() => _invoker.Dispose();

    private async Task<(TResponse? Response, Metadata Headers, Metadata Trailers)> CallAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method,
        TRequest request,
        CallOptions options,
        Func<GrpcResponseReader<TResponse>, CancellationToken, ValueTask<TResponse?>> readMessages)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        using var deadline = CallDeadline.Start(options);
        using var httpRequest = CreateRequest(method, request, options, deadline.Remaining);
        try
        {
            using var response = await _invoker.SendAsync(httpRequest, deadline.Token);
            var headers = GrpcResponseStatus.ToMetadata(response.Headers);
            GrpcResponseStatus.EnsureGrpcResponse(response, headers);
            if (GrpcResponseStatus.TryRead(response.Headers, out var trailersOnlyStatus))
            {
                // A trailers-only response: the status came in the only headers frame.
                throw new RpcException(trailersOnlyStatus, headers);
            }

            var encoding = response.Headers.TryGetValues(GrpcHeaders.Encoding, out var values) ? values.FirstOrDefault() : null;
            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            var reader = new GrpcResponseReader<TResponse>(body, method.ResponseParser, encoding, _options.MaxReceiveMessageSize);
            var message = await readMessages(reader, deadline.Token);

            var trailers = GrpcResponseStatus.ToMetadata(response.TrailingHeaders);
            if (!GrpcResponseStatus.TryRead(response.TrailingHeaders, out var status))
            {
                throw new RpcException(new Status(StatusCode.Internal, "The response ended without a grpc-status."), trailers);
            }

            return status.StatusCode == StatusCode.OK ? (message, headers, trailers) : throw new RpcException(status, trailers);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw deadline.Translate(ex);
        }
    }

    private HttpRequestMessage CreateRequest<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options, TimeSpan? timeout)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        // Version and policy must be set on the message: SendAsync ignores client defaults.
        var uri = _methodUris.GetOrAdd(method.Path, static (path, address) => new Uri(address, path), Address);
        var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new GrpcRequestContent(request, _options.MaxSendMessageSize, _compress),
        };
        var headers = message.Headers;
        headers.TryAddWithoutValidation("te", "trailers");
        headers.TryAddWithoutValidation("user-agent", UserAgent);
        headers.TryAddWithoutValidation(GrpcHeaders.AcceptEncoding, GrpcHeaders.SupportedEncodings);
        if (_compress)
        {
            headers.TryAddWithoutValidation(GrpcHeaders.Encoding, GrpcHeaders.Gzip);
        }

        if (timeout is { } remaining)
        {
            headers.TryAddWithoutValidation(GrpcHeaders.Timeout, GrpcTimeout.Format(remaining));
        }

        foreach (var entry in options.Headers ?? [])
        {
            if (MetadataKey.IsReserved(entry.Key))
            {
                throw new ArgumentException($"Metadata key '{entry.Key}' is reserved by the gRPC protocol.", nameof(options));
            }

            headers.TryAddWithoutValidation(entry.Key, MetadataCodec.EncodeValue(entry));
        }

        InjectTraceContext(message);
        return message;
    }

    private static void InjectTraceContext(HttpRequestMessage message)
    {
        if (Activity.Current is { } activity)
        {
            DistributedContextPropagator.Current.Inject(activity, message, static (carrier, name, value) =>
            {
                var headers = ((HttpRequestMessage)carrier!).Headers;
                headers.Remove(name);
                headers.TryAddWithoutValidation(name, value);
            });
        }
    }

    private static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };
}
