using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HuiShang.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Our own ActivitySources and Meters (outbox dispatch, inbox, domain).</summary>
    public const string PlatformSources = "HuiShang.*";

    /// <summary>
    /// Logs, traces and metrics through OpenTelemetry.Extensions.Hosting, as dotnet/eShop's
    /// ServiceDefaults: ASP.NET Core, HttpClient, the gRPC client, EF Core and the runtime, plus the
    /// sources of MassTransit (publish, consume: one trace across the broker), Npgsql and our own.
    /// Exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set — the Aspire AppHost sets it to
    /// its dashboard, Kubernetes to the cluster's collector; without it nothing leaves the process.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // Under Aspire (and in Kubernetes) OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES name the
        // instance, which the dashboard matches to its resource: ours would override them.
        var named = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (!named)
                {
                    resource.AddService(serviceName);
                }
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Npgsql", PlatformSources))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspnet =>
                    // Probes every few seconds would bury the requests an admin is looking for.
                    aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("MassTransit", "Npgsql", PlatformSources));

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
