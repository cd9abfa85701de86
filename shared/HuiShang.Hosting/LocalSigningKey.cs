namespace HuiShang.Hosting;

/// <summary>
/// The local demo's token signing key pair (decision 011): created once, then kept in the run folder
/// so tokens issued before a restart stay valid. Never used outside local runs (Kubernetes takes the
/// gateway's private key from a Secret and the public key set from a ConfigMap).
/// </summary>
public static class LocalSigningKey
{
    /// <summary>The private JWK. The HMAC key of earlier versions ("signing-key") is no longer read.</summary>
    public const string FileName = "token-signing-key.jwk";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static SigningKeyPair LoadOrCreate(string runDirectory, TimeProvider? time = null)
    {
        var path = Path.Combine(runDirectory, FileName);
        if (File.Exists(path))
        {
            // A copy made by hand (or restored from a backup) may have lost its owner-only mode.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, OwnerOnly);
            }

            return SigningKeyPair.FromPrivateJwk(File.ReadAllText(path).Trim());
        }

        // The key id names the day it was made, so a rotated key is told apart in logs and key sets.
        var keys = SigningKeyPair.Create($"local-{(time ?? TimeProvider.System).GetUtcNow():yyyyMMddHHmmss}");
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
            writer.Write(keys.PrivateJwk);
        }

        return keys;
    }
}
