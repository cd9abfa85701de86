using System.Runtime.Versioning;
using HuiShang.Hosting;
using HuiShang.ServiceTesting;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>
/// Issue 12, finding 8: a service's SQLite database and the local signing key are owner-only (0600)
/// from the start, whatever the umask; every service's database goes through the same shared code.
/// </summary>
[UnsupportedOSPlatform("windows")] // File modes are POSIX; the platform runs on Linux.
public sealed class FilePermissionTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Theory]
    [MemberData(nameof(PlatformServices.Names), MemberType = typeof(PlatformServices))]
    public async Task A_service_database_created_by_the_host_is_0600(string service)
    {
        await using var host = await ServiceHost.StartAsync(service, PlatformServices.Add(service));

        var database = host.DatabaseFile(service);

        Assert.True(File.Exists(database));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(database));
    }

    [Fact]
    public void The_signing_key_file_is_created_0600()
    {
        using var directory = new TestDirectory();

        var key = LocalSigningKey.LoadOrCreate(directory.Path);

        var file = directory.File(LocalSigningKey.FileName);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        Assert.Equal(key, LocalSigningKey.LoadOrCreate(directory.Path));
    }

    [Fact]
    public void A_world_readable_signing_key_from_an_earlier_run_is_made_0600()
    {
        using var directory = new TestDirectory();
        var file = directory.File(LocalSigningKey.FileName);
        var earlier = SigningKeyPair.Create("earlier");
        File.WriteAllText(file, earlier.PrivateJwk);
        File.SetUnixFileMode(file, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Equal(earlier, LocalSigningKey.LoadOrCreate(directory.Path));

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
    }
}
