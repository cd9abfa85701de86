namespace HuiShang.Interop.Tests;

/// <summary>
/// Installs a node peer's packages (the grpc-js peers by default; the Notifications tests link this file
/// for tests/webhook-receiver) from the committed package-lock.json once per checkout.
/// Test classes (and test processes) run in parallel, so the install is serialized by a file lock.
/// </summary>
internal static class NpmInstall
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureAsync(string? peerDirectory = null)
    {
        var directory = peerDirectory ?? RepoPaths.InteropDirectory;
        if (IsInstalled(directory))
        {
            return;
        }

        await using var installLock = await AcquireLockAsync(directory);
        if (IsInstalled(directory))
        {
            return; // another fixture installed while we waited
        }

        var result = await Programs.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], directory, InstallTimeout);
        if (result.ExitCode != 0 || !IsInstalled(directory))
        {
            throw new InvalidOperationException($"npm ci in {directory} failed: {Programs.Describe(result)}");
        }
    }

    /// <summary>npm writes node_modules/.package-lock.json last, so an interrupted install does not count.</summary>
    private static bool IsInstalled(string directory) =>
        File.Exists(Path.Combine(directory, "node_modules", ".package-lock.json"));

    private static async Task<FileStream> AcquireLockAsync(string directory)
    {
        // In the temp folder, not the checkout: nothing to ignore in git. Never deleted, because
        // deleting a lock file lets two waiters lock two different files.
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(directory)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"huishang-npm-ci-{hash}.lock");
        var giveUp = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix: it holds across processes too.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < giveUp)
            {
                await Task.Delay(200);
            }
        }
    }
}
