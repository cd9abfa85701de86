using Microsoft.Extensions.Primitives;

namespace HuiShang.Grpc.Protocol;

/// <summary>Moves <see cref="Metadata"/> to and from HTTP headers: <c>-bin</c> values as base64.</summary>
internal static class MetadataCodec
{
    /// <summary>Emits unpadded base64, as the spec recommends for senders.</summary>
    public static string EncodeBinary(byte[] value) => Convert.ToBase64String(value).TrimEnd('=');

    /// <summary>Accepts padded and unpadded base64, as the spec requires of receivers.</summary>
    public static byte[] DecodeBinary(string value)
    {
        var trimmed = value.Trim();
        var padding = (4 - trimmed.Length % 4) % 4;
        try
        {
            return Convert.FromBase64String(padding == 0 ? trimmed : trimmed + new string('=', padding));
        }
        catch (FormatException)
        {
            throw new RpcException(StatusCode.Internal, "A '-bin' metadata value is not valid base64.");
        }
    }

    public static string EncodeValue(Metadata.Entry entry) => entry.IsBinary ? EncodeBinary(entry.ValueBytes) : entry.Value;

    /// <summary>Adds one header's values to <paramref name="target"/>, skipping protocol headers.</summary>
    public static void AddHeader(Metadata target, string key, IEnumerable<string?> values)
    {
        if (CustomKey(key) is not { } normalized)
        {
            return;
        }

        foreach (var value in values)
        {
            AddValue(target, normalized, value);
        }
    }

    public static Metadata FromHeaders(IEnumerable<KeyValuePair<string, StringValues>> headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers)
        {
            // Not AddHeader: StringValues passed as IEnumerable<string> would be boxed for every header of every call.
            if (CustomKey(key) is not { } normalized)
            {
                continue;
            }

            foreach (var value in values)
            {
                AddValue(metadata, normalized, value);
            }
        }

        return metadata;
    }

    /// <summary>The metadata key of a header, or null for a header the protocol itself uses.</summary>
    private static string? CustomKey(string headerName)
    {
        var normalized = headerName.ToLowerInvariant();
        return MetadataKey.IsReserved(normalized) ? null : normalized;
    }

    private static void AddValue(Metadata target, string normalized, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (normalized.EndsWith(Metadata.BinarySuffix, StringComparison.Ordinal))
        {
            // Several binary values may arrive comma-joined in one header.
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                target.Add(normalized, DecodeBinary(part));
            }
        }
        else
        {
            target.Add(normalized, value);
        }
    }
}
