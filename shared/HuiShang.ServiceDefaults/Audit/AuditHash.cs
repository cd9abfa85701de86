using System.Security.Cryptography;

namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// SHA-256 of the canonical form, stored as "v1:" + 64 lowercase hex digits: the prefix names the
/// canonical format, so rows sealed before a future format change still verify.
/// </summary>
public static class AuditHash
{
    /// <summary>Longest stored hash ("v1:" + 64 hex digits), with room for a longer format number.</summary>
    public const int MaxLength = 72;

    private const string Prefix = "v1:";

    public static string Compute(AuditFields fields, string previousHash) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(AuditCanonicalForm.Serialize(fields, previousHash)));

    /// <summary>What <paramref name="stored"/> should be for these fields, in the format it names; null for an unknown format.</summary>
    public static string? Recompute(string stored, AuditFields fields, string previousHash) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal) ? Compute(fields, previousHash) : null;
}
