namespace HuiShang.Grpc.Client;

/// <summary>Per-call settings: when to give up, metadata to send, and a way to cancel.</summary>
public readonly record struct CallOptions(DateTime? Deadline = null, Metadata? Headers = null, CancellationToken CancellationToken = default)
{
    /// <summary>A deadline <paramref name="timeout"/> from now.</summary>
    public static CallOptions WithTimeout(TimeSpan timeout, Metadata? headers = null, CancellationToken cancellationToken = default) =>
        new(DateTime.UtcNow + timeout, headers, cancellationToken);
}
