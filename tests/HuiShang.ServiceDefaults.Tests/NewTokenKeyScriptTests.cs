using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>scripts/new-token-key.sh (README, services/README.md) prints a key pair the hosts accept and that pairs up.</summary>
public sealed partial class NewTokenKeyScriptTests
{
    [Fact]
    public async Task The_script_prints_a_private_key_and_a_public_key_set_that_the_hosts_read_as_one_pair()
    {
        var result = await Cli.Wrap("bash").WithArguments([Path.Combine(RepositoryRoot(), "scripts", "new-token-key.sh"), "rotated-1"])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();

        Assert.True(result.ExitCode == 0, result.StandardError);
        var values = Exported().Matches(result.StandardOutput).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var publicKeys = PlatformJsonWebKeys.PublicKeySet(values["Auth__PublicKeys"], "Auth__PublicKeys");
        var privateKey = PlatformJsonWebKeys.PrivateKey(values["Auth__SigningKey"], "Auth__SigningKey");
        Assert.Equal("rotated-1", Assert.Single(publicKeys).KeyId);
        Assert.True(PlatformJsonWebKeys.ArePair(privateKey, publicKeys[0]));
    }

    [GeneratedRegex("^export (Auth__\\w+)='([^']+)'$", RegexOptions.Multiline)]
    private static partial Regex Exported();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HuiShang.sln not found above " + AppContext.BaseDirectory);
    }
}
