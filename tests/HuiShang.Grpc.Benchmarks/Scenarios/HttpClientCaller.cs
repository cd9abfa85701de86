using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using HuiShang.Grpc.Protocol;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Benchmarks.Scenarios;

/// <summary>
/// Scenario C: the least a client must do for a gRPC unary call — a plain HttpClient HTTP/2 POST of a
/// pre-framed body, reading the body and trailers. A minus C is what GrpcChannel adds per call.
/// </summary>
internal sealed class HttpClientCaller : IEchoCaller
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcHeaders.ContentType);

    private readonly HttpClient _client;
    private readonly Uri _uri;
    private readonly byte[] _body;
    private readonly int _expectedResponseLength;

    public HttpClientCaller(Uri address, int payloadSize)
    {
        // The same handler settings as GrpcChannel's default, so only the client layer differs.
        _client = new HttpClient(new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _uri = new Uri(address, "/huishang.interop.v1.InteropTest/Echo");
        var request = EchoPayload.Request(payloadSize);
        var frame = new ArrayBufferWriter<byte>();
        GrpcFrame.Write(frame, request, int.MaxValue, compress: false);
        _body = frame.WrittenSpan.ToArray();
        // The server echoes the payload back in a message of the same size (received_metadata is empty).
        _expectedResponseLength = _body.Length;
    }

    public async Task CallAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _uri)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(_body),
        };
        request.Content.Headers.ContentType = GrpcContentType;
        request.Headers.TryAddWithoutValidation("te", "trailers");

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var received = await DrainAsync(response);
        if (response.StatusCode != HttpStatusCode.OK
            || !response.TrailingHeaders.TryGetValues(GrpcHeaders.Status, out var status)
            || status.FirstOrDefault() != "0")
        {
            throw new InvalidOperationException($"Echo failed: HTTP {(int)response.StatusCode}, trailers '{response.TrailingHeaders}'.");
        }

        if (received != _expectedResponseLength)
        {
            throw new InvalidOperationException($"Echo returned a {received}-byte body, expected {_expectedResponseLength}.");
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Reads the whole body (trailers arrive after it) and returns its length.</summary>
    private static async Task<int> DrainAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = ArrayPool<byte>.Shared.Rent(256);
        try
        {
            int read, total = 0;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
