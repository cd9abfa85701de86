using System.Diagnostics;
using System.Diagnostics.Metrics;
using Google.Protobuf.Reflection;
using HuiShang.Grpc.Protocol;
using Microsoft.AspNetCore.Http;

namespace HuiShang.Grpc.Telemetry;

/// <summary>
/// Spans and metrics of the transport, named after OpenTelemetry's RPC semantic conventions.
/// Register <see cref="SourceName"/> as both an ActivitySource and a Meter to collect them.
/// </summary>
public static class GrpcTelemetry
{
    public const string SourceName = "HuiShang.Grpc";

    public static readonly ActivitySource Source = new(SourceName, "1.0.0");
    public static readonly Meter Meter = new(SourceName, "1.0.0");

    private static readonly Counter<long> ServerCalls = Meter.CreateCounter<long>("rpc.server.calls", "{call}", "Calls served, by method and status.");
    private static readonly Histogram<double> ServerDuration = Meter.CreateHistogram<double>("rpc.server.duration", "ms", "Duration of calls served.");
    private static readonly Counter<long> ClientCalls = Meter.CreateCounter<long>("rpc.client.calls", "{call}", "Calls made, by method and status.");
    private static readonly Histogram<double> ClientDuration = Meter.CreateHistogram<double>("rpc.client.duration", "ms", "Duration of calls made.");

    internal static Activity? StartServerActivity(MethodDescriptor method, IHeaderDictionary headers)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        // ASP.NET Core already continued the caller's trace when it listens; otherwise read traceparent here.
        var parent = default(ActivityContext);
        if (Activity.Current is null)
        {
            ActivityContext.TryParse(headers[GrpcHeaders.TraceParent], headers[GrpcHeaders.TraceState], out parent);
        }

        return Start(method, ActivityKind.Server, parent);
    }

    internal static Activity? StartClientActivity(MethodDescriptor method, Uri address)
    {
        var activity = Start(method, ActivityKind.Client, default);
        activity?.SetTag("server.address", address.Host).SetTag("server.port", address.Port);
        return activity;
    }

    internal static void RecordServerCall(Activity? activity, MethodDescriptor method, StatusCode code, long startedTimestamp) =>
        Record(activity, method, code, startedTimestamp, ServerCalls, ServerDuration, IsServerError(code));

    internal static void RecordClientCall(Activity? activity, MethodDescriptor method, StatusCode code, long startedTimestamp) =>
        Record(activity, method, code, startedTimestamp, ClientCalls, ClientDuration, code != StatusCode.OK);

    private static Activity? Start(MethodDescriptor method, ActivityKind kind, ActivityContext parent)
    {
        var activity = Source.StartActivity($"{method.Service.FullName}/{method.Name}", kind, parent);
        activity?.SetTag("rpc.system", "grpc")
            .SetTag("rpc.service", method.Service.FullName)
            .SetTag("rpc.method", method.Name);
        return activity;
    }

    private static void Record(Activity? activity, MethodDescriptor method, StatusCode code, long started, Counter<long> calls, Histogram<double> duration, bool isError)
    {
        activity?.SetTag("rpc.grpc.status_code", (int)code);
        if (isError)
        {
            activity?.SetStatus(ActivityStatusCode.Error, code.ToString());
        }

        if (!calls.Enabled && !duration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "rpc.system", "grpc" },
            { "rpc.service", method.Service.FullName },
            { "rpc.method", method.Name },
            { "rpc.grpc.status_code", (int)code },
        };
        calls.Add(1, tags);
        duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
    }

    /// <summary>Semantic conventions: on the server only these codes mean the server failed.</summary>
    private static bool IsServerError(StatusCode code) => code is StatusCode.Unknown or StatusCode.DeadlineExceeded
        or StatusCode.Unimplemented or StatusCode.Internal or StatusCode.Unavailable or StatusCode.DataLoss;
}
