namespace HuiShang.Grpc.InteropTests;

/// <summary>Values both directions use, the same as tests/interop/client.js sends.</summary>
public static class InteropCases
{
    public const int MiB = 1024 * 1024;

    /// <summary>Every non-OK status code.</summary>
    public static IEnumerable<int> FailureCodeValues => Enumerable.Range(1, 16);

    public static TheoryData<int> FailureCodes => [.. FailureCodeValues];

    /// <summary>Non-ASCII and a literal '%': grpc-message must be percent-encoded and decoded.</summary>
    public static string FailMessage(int code) => $"failed {code}: 中文 100% done";

    /// <summary>The -bin metadata value: bytes that are not text (0, 0xFF).</summary>
    public static byte[] BlobBytes => [0, 1, 2, 254, 255];
}
