using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using HuiShang.Grpc.Client;
using HuiShang.Grpc.Telemetry;
using HuiShang.Grpc.TestService;

namespace HuiShang.Grpc.Tests;

/// <summary>Spans and metrics as an OpenTelemetry SDK would collect them, through the same listeners.</summary>
public sealed class TelemetryTests(ServerFixture fixture) : IClassFixture<ServerFixture>, IDisposable
{
    private const string CallerSource = "HuiShang.Tests.Caller";
    private static readonly ActivitySource Caller = new(CallerSource);

    private readonly ConcurrentQueue<Activity> _all = new();
    private readonly ActivityListener _listener = Listen();

    /// <summary>
    /// Each test runs under its own root span: listeners are process-wide and other test classes
    /// make calls at the same time, so only spans of this trace count.
    /// </summary>
    private Activity Root { get; } = Caller.StartActivity("test")!;

    private IEnumerable<Activity> Spans => _all.Where(s => s.TraceId == Root.TraceId && s.Source.Name == GrpcTelemetry.SourceName);

    [Fact]
    public async Task Client_and_serverSpans_share_the_trace_and_carry_rpc_attributes()
    {
        _listener.ActivityStopped = _all.Enqueue;

        await fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { CallId = "telemetry-ok" });

        var client = Assert.Single(Spans, s => s.Kind == ActivityKind.Client && s.GetTagItem("rpc.method") as string == "Echo");
        var server = Assert.Single(Spans, s => s.Kind == ActivityKind.Server && s.TraceId == client.TraceId);
        Assert.Equal(client.SpanId, server.ParentSpanId);
        Assert.Equal("huishang.interop.v1.InteropTest/Echo", server.DisplayName);
        Assert.Equal("grpc", server.GetTagItem("rpc.system"));
        Assert.Equal("huishang.interop.v1.InteropTest", server.GetTagItem("rpc.service"));
        Assert.Equal(0, server.GetTagItem("rpc.grpc.status_code"));
        Assert.Equal(0, client.GetTagItem("rpc.grpc.status_code"));
    }

    [Fact]
    public async Task Failed_call_records_its_status_code_and_marksSpans_as_errors_by_the_conventions()
    {
        _listener.ActivityStopped = _all.Enqueue;

        await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { FailCode = (int)StatusCode.NotFound }));
        await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { FailCode = (int)StatusCode.Internal }));

        var servers = Spans.Where(s => s.Kind == ActivityKind.Server && s.GetTagItem("rpc.method") as string == "Echo").ToList();
        var notFound = Assert.Single(servers, s => (int?)s.GetTagItem("rpc.grpc.status_code") == 5);
        var internalError = Assert.Single(servers, s => (int?)s.GetTagItem("rpc.grpc.status_code") == 13);
        Assert.Equal(ActivityStatusCode.Unset, notFound.Status); // NOT_FOUND is the caller's problem, not the server's
        Assert.Equal(ActivityStatusCode.Error, internalError.Status);
        Assert.All(Spans.Where(s => s.Kind == ActivityKind.Client), s => Assert.Equal(ActivityStatusCode.Error, s.Status));
    }

    [Fact]
    public async Task Callers_trace_context_reaches_the_handler_as_traceparent()
    {
        using var caller = Caller.StartActivity("portal request")!;

        var reply = await fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest());

        var traceparent = Assert.Single(reply.ReceivedMetadata, m => m.StartsWith("traceparent="));
        Assert.Contains(caller.TraceId.ToHexString(), traceparent);
    }

    [Fact]
    public async Task Meter_counts_calls_and_records_durations_per_method_and_status()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GrpcTelemetry.SourceName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        meters.Start();

        await Assert.ThrowsAsync<RpcException>(() => fixture.Channel.UnaryAsync(fixture.Api.Echo, new EchoRequest { FailCode = (int)StatusCode.AlreadyExists }));

        var serverCall = Assert.Single(measurements, m => m.Instrument == "rpc.server.calls" && (int?)m.Tags["rpc.grpc.status_code"] == 6);
        Assert.Equal(1, serverCall.Value);
        Assert.Equal("Echo", serverCall.Tags["rpc.method"]);
        Assert.Contains(measurements, m => m.Instrument == "rpc.client.calls" && (int?)m.Tags["rpc.grpc.status_code"] == 6);
        Assert.Contains(measurements, m => m.Instrument == "rpc.server.duration" && m.Value > 0);
        Assert.Contains(measurements, m => m.Instrument == "rpc.client.duration" && m.Value > 0);
    }

    public void Dispose()
    {
        Root.Dispose();
        _listener.Dispose();
    }

    private static ActivityListener Listen()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is GrpcTelemetry.SourceName or CallerSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            result[key] = value;
        }

        return result;
    }
}
