using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HuiShang.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Traces and metrics through the SDK builders (OpenTelemetry.Extensions.Hosting is absent),
    /// exported over OTLP only when an endpoint is configured. Built now, so start-up is traced too.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        var export = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);

        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(TelemetrySources.Traces);
        var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(TelemetrySources.Metrics);
        if (export)
        {
            tracing.AddOtlpExporter();
            metrics.AddOtlpExporter();
        }

        var providers = new TelemetryProviders(tracing.Build(), metrics.Build());
        builder.Services.AddSingleton(providers);
        builder.Services.AddHostedService<TelemetryLifetime>();
        return builder;
    }
}
