using System.Security.Cryptography;
using Grpc.Core;
using HuiShang.Contracts;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Configuration;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>
/// Issue 12, finding 5 (decision 011): a service validates tokens with public keys only. It cannot
/// mint one, refuses to start with the private key, and refuses forged and over-long tokens itself.
/// </summary>
public sealed class ServiceTokenTests
{
    [Theory]
    [MemberData(nameof(PlatformServices.Names), MemberType = typeof(PlatformServices))]
    public async Task A_service_host_holds_public_keys_only_and_no_token_issuer(string service)
    {
        using var directory = new TestDirectory();
        await using var app = ServiceApp.Build(service, directory.Path, PlatformServices.Add(service));

        Assert.Null(app.Services.GetService<PlatformTokenIssuer>());
        Assert.Null(app.Services.GetService<PlatformSigningOptions>());
        var keys = app.Services.GetRequiredService<PlatformAuthOptions>().PublicKeys;
        // A public-only EC key has no private scalar to export: nothing in the host could sign.
        Assert.All(keys, key => Assert.ThrowsAny<CryptographicException>(() => key.ECDsa.ExportParameters(includePrivateParameters: true)));
    }

    [Theory]
    [MemberData(nameof(PlatformServices.Names), MemberType = typeof(PlatformServices))]
    public void A_service_given_the_signing_key_refuses_to_start_naming_Auth__SigningKey(string service)
    {
        using var directory = new TestDirectory();
        var settings = new Dictionary<string, string?> { [ConfigKeys.SigningKey] = TestSigner.Shared.SigningKey };

        var error = Assert.Throws<InvalidConfigurationException>(() => ServiceApp.Build(service, directory.Path, PlatformServices.Add(service), settings: settings));

        Assert.Equal("Auth__SigningKey", error.EnvironmentVariable);
        Assert.DoesNotContain(TestSigner.Shared.SigningKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_refuses_forged_and_over_long_tokens_with_unauthenticated_and_accepts_a_good_one()
    {
        await using var host = await ServiceHost.StartAsync(Resources.Proposals, b => b.AddProposals(), a => a.MapProposals());
        const string User = "province-planning@450000";
        var forged = new TestSigner(TestSigner.Shared.Keys.KeyId).TokenFor(User);
        var hundredYears = TestSigner.Shared.TokenWithTimes(User, DateTime.UtcNow, DateTime.UtcNow, DateTime.UtcNow.AddYears(100));
        var noIssuedAt = TestSigner.Shared.TokenWithTimes(User, null, DateTime.UtcNow, DateTime.UtcNow.AddMinutes(30));

        foreach (var token in new[] { forged, hundredYears, noIssuedAt })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => ListCallsAsync(host, token));
            Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        }

        await ListCallsAsync(host, TestSigner.Shared.TokenFor(User));
    }

    private static async Task ListCallsAsync(ServiceHost host, string token) =>
        await new HuiShang.Contracts.Proposals.V1.Proposals.ProposalsClient(host.Channel)
            .ListCallsAsync(new ListCallsRequest(), new Metadata { { "authorization", "Bearer " + token } }, DateTime.UtcNow.AddSeconds(30));
}
