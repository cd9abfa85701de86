using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace HuiShang.Grpc.Tests;

/// <summary>
/// Sends hand-made HTTP/2 requests with HttpClient, to produce what a well-behaved gRPC client
/// never would (broken frames, wrong content types) and read exactly what the server answered.
/// </summary>
public sealed class RawGrpcClient(Uri address) : IDisposable
{
    private readonly HttpMessageInvoker _http = new(new SocketsHttpHandler());

    public const string EchoPath = "/huishang.interop.v1.InteropTest/Echo";

    public static byte[] Frame(IMessage message, byte flag = 0) => Frame(message.ToByteArray(), flag);

    public static byte[] Frame(byte[] payload, byte flag = 0, int? declaredLength = null)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)(declaredLength ?? payload.Length));
        payload.CopyTo(frame, 5);
        return frame;
    }

    public async Task<RawResponse> PostAsync(
        byte[] body,
        string path = EchoPath,
        string contentType = "application/grpc",
        IDictionary<string, string>? headers = null,
        Version? version = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = version ?? HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (key, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }

        using var response = await _http.SendAsync(request, CancellationToken.None);
        var responseBody = await response.Content.ReadAsByteArrayAsync();
        return new RawResponse(
            (int)response.StatusCode,
            Flatten(response.Headers, response.Content.Headers),
            Flatten(response.TrailingHeaders),
            responseBody);
    }

    public void Dispose() => _http.Dispose();

    private static Dictionary<string, string> Flatten(params HttpHeaders[] headerSets) =>
        headerSets.SelectMany(h => h).ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
}

public sealed record RawResponse(int HttpStatus, Dictionary<string, string> Headers, Dictionary<string, string> Trailers, byte[] Body)
{
    /// <summary>Status from a trailers-only response (headers) or from the trailers.</summary>
    public int? GrpcStatus => (Headers.TryGetValue("grpc-status", out var h) ? h : Trailers.GetValueOrDefault("grpc-status")) is { } s ? int.Parse(s) : null;

    public string? GrpcMessage => Headers.TryGetValue("grpc-message", out var h) ? h : Trailers.GetValueOrDefault("grpc-message");

    public bool IsTrailersOnly => Headers.ContainsKey("grpc-status") && Trailers.Count == 0 && Body.Length == 0;
}
