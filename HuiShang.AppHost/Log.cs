namespace HuiShang.AppHost;

/// <summary>One console for all children: every line prefixed with who wrote it, never interleaved mid-line.</summary>
public static class Log
{
    private static readonly Lock Gate = new();

    public static void Line(string line)
    {
        lock (Gate)
        {
            Console.Out.WriteLine(line);
        }
    }

    public static void AppHost(string message) => Line($"[apphost] {message}");
}
