namespace HuiShang.LocalInfrastructure;

/// <summary>A server instance's private directory: data, config, logs, pid file, sockets.</summary>
internal static class RunDirectories
{
    /// <summary><paramref name="requested"/> if given, else a new directory under the temp folder.</summary>
    public static string Choose(string? requested, string prefix) =>
        requested is not null
            ? Path.GetFullPath(requested)
            : Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)]);

    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftover files in a temp folder are not worth failing a stop for.
        }
    }
}
