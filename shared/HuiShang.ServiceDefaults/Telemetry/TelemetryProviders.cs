using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HuiShang.ServiceDefaults.Telemetry;

/// <summary>The host's tracer and meter providers; disposing flushes what is still buffered.</summary>
public sealed class TelemetryProviders(TracerProvider tracing, MeterProvider metrics) : IDisposable
{
    public TracerProvider Tracing { get; } = tracing;

    public MeterProvider Metrics { get; } = metrics;

    public void Dispose()
    {
        Tracing.Dispose();
        Metrics.Dispose();
    }
}
