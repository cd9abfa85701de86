using System.Buffers.Binary;
using System.Text;

namespace HuiShang.ServiceDefaults.Audit;

/// <summary>
/// Format 1 of the bytes an entry's hash is taken over: a format tag, then every field and the
/// previous hash in a fixed order, each as a 4-byte big-endian length and its UTF-8 bytes (null is
/// length 0xFFFFFFFF, so null and "" differ, and no separator inside a text can shift a field).
/// </summary>
public static class AuditCanonicalForm
{
    public const int Format = 1;

    private const string Tag = "huishang.audit.v1";

    public static byte[] Serialize(AuditFields fields, string previousHash)
    {
        using var stream = new MemoryStream();
        Write(stream, Tag);
        Write(stream, fields.RecordId.ToString("D"));
        Write(stream, Microseconds(fields.At).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Write(stream, fields.By);
        Write(stream, fields.ClientAddress);
        Write(stream, fields.Action);
        Write(stream, fields.FromStatus);
        Write(stream, fields.ToStatus);
        Write(stream, fields.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Write(stream, fields.Detail);
        Write(stream, previousHash);
        return stream.ToArray();
    }

    /// <summary>
    /// Unix microseconds, truncated: PostgreSQL's timestamptz keeps microseconds (Npgsql truncates
    /// the rest), so the instant read back must hash like the one written.
    /// </summary>
    public static long Microseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static void Write(Stream stream, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteUInt32BigEndian(length, uint.MaxValue);
            stream.Write(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
