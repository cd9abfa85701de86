namespace HuiShang.ServiceDefaults.Idempotency;

/// <summary>
/// The first answer to a write sent with an Idempotency-Key (table "idempotent_responses", unique per
/// caller and key). Committed in the same SaveChanges as the write it answers, so a retry on any
/// replica finds either both or neither.
/// </summary>
public sealed class IdempotentResponse
{
    public const int MaxKeyLength = 100;

    public long Id { get; set; }

    /// <summary>The caller's subject: keys are the caller's own, two callers never share an answer.</summary>
    public string Subject { get; set; } = "";

    public string Key { get; set; } = "";

    public string Method { get; set; } = "";

    /// <summary>SHA-256 (hex) of the request's protobuf bytes: the same key with another body is refused.</summary>
    public string RequestHash { get; set; } = "";

    /// <summary>The reply's protobuf full name, checked before the bytes are parsed.</summary>
    public string ResponseType { get; set; } = "";

    public byte[] ResponseBytes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
