using HuiShang.LocalInfrastructure.Processes;

namespace HuiShang.LocalInfrastructure.Postgres;

/// <summary>
/// initdb and postgres refuse to run as root. As root we run them as the package's
/// <c>postgres</c> user through runuser; as anyone else, as ourselves.
/// </summary>
internal sealed class PostgresOsUser(string userName)
{
    private const string RunUser = "/usr/sbin/runuser";

    public bool IsRoot { get; } = Environment.UserName == "root";

    public ChildProcessOptions Command(string name, string fileName, IReadOnlyList<string> arguments, string workingDirectory) =>
        new()
        {
            Name = name,
            FileName = IsRoot ? RunUser : fileName,
            Arguments = IsRoot ? ["-u", userName, "--", fileName, .. arguments] : arguments,

            // The postgres user cannot enter root's working directory; initdb would warn.
            WorkingDirectory = workingDirectory,
        };

    /// <summary>An empty directory only the server's user can enter, as PostgreSQL requires.</summary>
    public async Task CreatePrivateDirectoryAsync(string path, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(LinuxOnly.Message);
        }

        if (!IsRoot)
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return;
        }

        var result = await CommandRunner.RunAsync(
            new ChildProcessOptions { Name = "install", FileName = "/usr/bin/install", Arguments = ["-d", "-o", userName, "-m", "700", path] },
            TimeSpan.FromSeconds(30),
            cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {path} for user {userName}: {result.OutputText}");
        }
    }
}
