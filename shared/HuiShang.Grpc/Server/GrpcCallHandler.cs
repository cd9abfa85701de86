using System.Diagnostics;
using HuiShang.Grpc.Protocol;
using HuiShang.Grpc.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuiShang.Grpc.Server;

/// <summary>
/// The endpoint of every mapped method: transport checks, the call, and the status at its end.
/// Whatever happens inside, the caller gets a gRPC status and the server keeps serving.
/// </summary>
internal sealed class GrpcCallHandler(ServerMethod method, GrpcServerOptions options, ILogger logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = GrpcTelemetry.StartServerActivity(method.Descriptor, http.Request.Headers);
        var status = await RunAsync(http);
        GrpcTelemetry.RecordServerCall(activity, method.Descriptor, status.StatusCode, started);
    }

    private async ValueTask<Status> RunAsync(HttpContext http)
    {
        if (RejectTransport(http) is { } rejected)
        {
            return rejected;
        }

        using var call = new ServerCall(http, method, options);
        Metadata? trailers = null;
        Status status;
        try
        {
            call.ThrowIfInvalidRequest();
            await method.RunAsync(call);
            status = Status.DefaultSuccess;
        }
        catch (RpcException ex)
        {
            status = ex.Status;
            trailers = ex.Trailers;
        }
        catch (OperationCanceledException) when (call.DeadlineReached)
        {
            status = new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            status = new Status(StatusCode.Cancelled, "The caller cancelled the call.");
        }
        catch (Exception ex)
        {
            // Never leak a stack trace or exception text to the caller: it goes to the log only.
            logger.LogError(ex, "Unhandled exception in gRPC method {Method}", method.Path);
            status = new Status(StatusCode.Internal, "Exception was thrown by handler.");
        }

        if (!http.RequestAborted.IsCancellationRequested)
        {
            call.Complete(status, trailers);
        }

        await WaitForAbandonedHandler(call);
        return status;
    }

    /// <summary>gRPC needs HTTP/2 and a gRPC content type; anything else gets an HTTP error as the spec says.</summary>
    private static Status? RejectTransport(HttpContext http)
    {
        if (!HttpProtocol.IsHttp2(http.Request.Protocol))
        {
            return Reject(http, StatusCodes.Status426UpgradeRequired, $"Request protocol '{http.Request.Protocol}' is not supported: gRPC needs HTTP/2.");
        }

        if (!GrpcHeaders.IsGrpcContentType(http.Request.ContentType))
        {
            // PROTOCOL-HTTP2: 415 so that a non-gRPC client does not read a 200 as success.
            return Reject(http, StatusCodes.Status415UnsupportedMediaType, $"Content-Type '{http.Request.ContentType}' is not supported.");
        }

        return null;
    }

    private static Status Reject(HttpContext http, int httpStatus, string detail)
    {
        var status = new Status(StatusCode.Internal, detail);
        http.Response.StatusCode = httpStatus;
        http.Response.ContentType = GrpcHeaders.ContentType;
        http.Response.Headers[GrpcHeaders.Status] = ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers[GrpcHeaders.Message] = PercentEncoding.Encode(detail);
        return status;
    }

    /// <summary>
    /// A handler that ignored its token past the deadline still holds request-scoped services:
    /// let it finish before the request scope (and its DbContext) is disposed.
    /// </summary>
    private async Task WaitForAbandonedHandler(ServerCall call)
    {
        if (call.Abandoned is not { } abandoned)
        {
            return;
        }

        try
        {
            await call.HttpContext.Response.CompleteAsync();
            await abandoned;
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Handler of {Method} ended after its deadline", method.Path);
        }
    }
}
