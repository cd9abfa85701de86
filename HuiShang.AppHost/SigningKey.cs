using System.Security.Cryptography;

namespace HuiShang.AppHost;

/// <summary>
/// The development JWT signing key: random once, then kept in the run folder so tokens issued
/// before a restart stay valid. Never used outside local runs (Kubernetes takes it from a Secret).
/// </summary>
public static class SigningKey
{
    public static string LoadOrCreate(string runDirectory)
    {
        var path = Path.Combine(runDirectory, "signing-key");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(runDirectory);
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }
}
