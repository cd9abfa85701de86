using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using HuiShang.Grpc.Protocol;

namespace HuiShang.Grpc.Client;

/// <summary>Reads the status of a response: from its headers (trailers-only), trailers, or HTTP status.</summary>
internal static class GrpcResponseStatus
{
    /// <summary>
    /// Rejects a response that is not gRPC at all, mapping the HTTP status as PROTOCOL-HTTP2's
    /// "HTTP to gRPC Status Code Mapping" says when the peer sent no grpc-status.
    /// </summary>
    public static void EnsureGrpcResponse(HttpResponseMessage response, Metadata headers)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var code = TryRead(response.Headers, out var sent) ? sent.StatusCode : FromHttpStatus(response.StatusCode);
            throw new RpcException(new Status(code, $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}"), headers);
        }

        var contentType = response.Content.Headers.ContentType?.ToString();
        if (!GrpcHeaders.IsGrpcContentType(contentType))
        {
            throw new RpcException(new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {contentType}"), headers);
        }
    }

    public static bool TryRead(HttpHeaders headers, out Status status)
    {
        status = default;
        if (!headers.TryGetValues(GrpcHeaders.Status, out var values))
        {
            return false;
        }

        var raw = values.FirstOrDefault();
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            status = new Status(StatusCode.Unknown, $"Unexpected grpc-status value '{raw}'.");
            return true;
        }

        var message = headers.TryGetValues(GrpcHeaders.Message, out var messages) ? messages.FirstOrDefault() : null;
        status = new Status((StatusCode)code, PercentEncoding.Decode(message));
        return true;
    }

    public static Metadata ToMetadata(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers)
        {
            MetadataCodec.AddHeader(metadata, key, values);
        }

        return metadata;
    }

    private static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
