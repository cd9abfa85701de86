namespace HuiShang.Grpc;

/// <summary>Key and value rules of the gRPC HTTP/2 spec ("Custom-Metadata").</summary>
internal static class MetadataKey
{
    public static string Normalize(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var lower = key.ToLowerInvariant();
        foreach (var c in lower)
        {
            var valid = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!valid)
            {
                throw new ArgumentException($"Metadata key '{key}' may only contain 0-9 a-z _ - .", nameof(key));
            }
        }

        return lower;
    }

    public static string ValidateAsciiValue(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"Metadata value of '{key}' must be printable ASCII; use a '-bin' key for other data.", nameof(value));
            }
        }

        return value;
    }

    /// <summary>
    /// Headers the protocol itself uses: never surfaced as custom metadata and never accepted from
    /// a caller's metadata (they would corrupt the call).
    /// </summary>
    public static bool IsReserved(string key) =>
        key.StartsWith(':')
        || key.StartsWith("grpc-", StringComparison.Ordinal) && key != RpcException.StatusDetailsTrailer
        || key is "content-type" or "te" or "user-agent" or "content-length" or "host" or "connection" or "transfer-encoding"
            // HTTP-level headers peers add on their own (grpc-js: accept-encoding; Kestrel: date, server).
            or "accept-encoding" or "date" or "server";
}
