using System.Security.Cryptography;

namespace HuiShang.Hosting;

/// <summary>
/// The development JWT signing key: random once, then kept in the run folder so tokens issued
/// before a restart stay valid. Never used outside local runs (Kubernetes takes it from a Secret).
/// </summary>
public static class LocalSigningKey
{
    public const string FileName = "signing-key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string LoadOrCreate(string runDirectory)
    {
        var path = Path.Combine(runDirectory, FileName);
        if (File.Exists(path))
        {
            // A key written by an earlier version was world-readable until its chmod, or for good.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }

            return File.ReadAllText(path).Trim();
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(runDirectory);
        // Owner-only from the moment the file exists (issue 12, finding 8): a write followed by a chmod
        // leaves a window in which any local user can read the key that signs a director's token.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.Write(key);
        }

        return key;
    }
}
