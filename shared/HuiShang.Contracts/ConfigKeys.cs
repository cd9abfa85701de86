namespace HuiShang.Contracts;

/// <summary>
/// Configuration keys (":" form; as environment variables ":" becomes "__"). The AppHost sets them
/// locally, ConfigMaps and Secrets in Kubernetes.
/// </summary>
public static class ConfigKeys
{
    /// <summary>RabbitMQ, amqp://user:password@host:port/vhost.</summary>
    public const string Messaging = "ConnectionStrings:" + Resources.Messaging;

    /// <summary>"sqlite" (default, embedded) or "postgres".</summary>
    public const string DatabaseProvider = "Database:Provider";

    /// <summary>Port of the HTTP/2-only gRPC endpoint.</summary>
    public const string GrpcPort = "Endpoints:Grpc";

    /// <summary>Port of the HTTP/1.1 endpoint (health, and the gateway's API).</summary>
    public const string HttpPort = "Endpoints:Http";

    /// <summary>Address to bind: 127.0.0.1 by default, 0.0.0.0 in a container.</summary>
    public const string BindAddress = "Endpoints:Bind";

    /// <summary>
    /// The private key (an EC P-256 JWK with its kid) that signs the platform's JWTs: the signer's
    /// only (the gateway), a Secret in Kubernetes. A service that is given it refuses to start (decision 011).
    /// </summary>
    public const string SigningKey = "Auth:SigningKey";

    /// <summary>The public keys tokens may be signed with, a JWK Set; every host. Two during a key rotation.</summary>
    public const string PublicKeys = "Auth:PublicKeys";

    /// <summary>"true" turns on the gateway's POST /api/auth/dev-token (loopback callers only); off by default.</summary>
    public const string DevTokensEnabled = "Auth:DevTokens:Enabled";

    public const string Issuer = "Auth:Issuer";

    public const string Audience = "Auth:Audience";

    /// <summary>Connection string of a service's own database.</summary>
    public static string Database(string service) => "ConnectionStrings:" + service;

    /// <summary>gRPC address of another service, e.g. http://127.0.0.1:5101.</summary>
    public static string ServiceGrpc(string service) => $"Services:{service}:grpc";

    /// <summary>The environment-variable spelling of a key, for messages that tell an operator what to set.</summary>
    public static string AsEnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
