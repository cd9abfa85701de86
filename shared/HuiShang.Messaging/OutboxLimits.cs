namespace HuiShang.Messaging;

/// <summary>Column lengths shared by the model and the code that fills the columns.</summary>
internal static class OutboxLimits
{
    public const int LastErrorLength = 2000;

    public const int TraceStateLength = 512;

    public static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
