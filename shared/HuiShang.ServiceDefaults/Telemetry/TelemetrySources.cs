using HuiShang.Grpc.Telemetry;

namespace HuiShang.ServiceDefaults.Telemetry;

/// <summary>
/// The built-in ActivitySources and Meters collected: the instrumentation packages do not restore
/// here (packages.md), so the libraries' own sources are listened to directly.
/// </summary>
internal static class TelemetrySources
{
    public static readonly string[] Traces =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        GrpcTelemetry.SourceName,
        "MassTransit",
        "Npgsql",
        "HuiShang.*",
    ];

    public static readonly string[] Metrics =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Net.Http",
        GrpcTelemetry.SourceName,
        "MassTransit",
        "Npgsql",
        "HuiShang.*",
    ];
}
