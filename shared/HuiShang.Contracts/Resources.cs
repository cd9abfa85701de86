namespace HuiShang.Contracts;

/// <summary>
/// Names and default ports of every resource, defined once for the AppHost, the services, the
/// gateway and the tests. Ports are defaults: configuration (Endpoints:*) overrides them.
/// </summary>
public static class Resources
{
    public const string Proposals = "proposals";
    public const string Agreements = "agreements";
    public const string Funding = "funding";
    public const string Evaluation = "evaluation";
    public const string Notifications = "notifications";
    public const string Gateway = "gateway";
    public const string Messaging = "messaging";

    public const int GatewayPort = 8080;

    /// <summary>The five services in their fixed order: gRPC 5101–5105, HTTP health 5201–5205.</summary>
    public static readonly IReadOnlyList<ServiceResource> Services =
    [
        new(Proposals, 5101, 5201),
        new(Agreements, 5102, 5202),
        new(Funding, 5103, 5203),
        new(Evaluation, 5104, 5204),
        new(Notifications, 5105, 5205),
    ];

    public static ServiceResource Service(string name) =>
        Services.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException($"Unknown service '{name}'.", nameof(name));
}

/// <summary>A service: its name (also its database's name) and default ports.</summary>
public sealed record ServiceResource(string Name, int GrpcPort, int HttpPort);
