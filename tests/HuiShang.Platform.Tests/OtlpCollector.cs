using System.Collections.Concurrent;
using System.Net;
using HuiShang.Platform.Tests.Otlp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HuiShang.Platform.Tests;

/// <summary>
/// A fake OpenTelemetry collector (OTLP/HTTP protobuf) on loopback: what the services' real OTLP
/// exporters send is what the tests look at, as an admin's trace backend would.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpCollector(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedSpan> Spans { get; } = new();

    public string Endpoint => _app.Urls.Single();

    public static async Task<OtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var collector = new OtlpCollector(app);
        app.MapPost("/v1/traces", collector.ReceiveAsync);
        app.MapPost("/v1/{signal}", () => Results.Ok()); // metrics and logs: accepted, not inspected
        await app.StartAsync();
        return collector;
    }

    /// <summary>The services (resource service.name) that reported spans of <paramref name="traceId"/>.</summary>
    public IReadOnlySet<string> ServicesIn(string traceId) =>
        Spans.Where(s => s.TraceId == traceId).Select(s => s.Service).ToHashSet();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var export = ExportTraceServiceRequest.Parser.ParseFrom(body.ToArray());
        foreach (var resource in export.ResourceSpans)
        {
            var service = resource.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "";
            foreach (var span in resource.ScopeSpans.SelectMany(s => s.Spans))
            {
                Spans.Enqueue(new ReceivedSpan(service, Convert.ToHexStringLower(span.TraceId.Span), span.Name));
            }
        }

        return Results.Ok();
    }
}

public sealed record ReceivedSpan(string Service, string TraceId, string Name);
