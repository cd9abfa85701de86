using System.Security.Claims;
using System.Text;
using Grpc.Core;
using HuiShang.Contracts;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// Issue 12, finding 5 (decision 011): only the gateway's private key makes a token anyone accepts.
/// A key of the attacker's own, the public key used as an HMAC secret, and whatever a service is
/// configured with are all refused.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class TokenSigningTests
{
    private const string Director = "province-director@450000";
    private readonly GatewayFixture _fixture;

    public TokenSigningTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    [Fact]
    public async Task A_token_signed_with_another_key_under_the_platform_key_id_is_401_at_the_gateway_and_unauthenticated_at_a_service()
    {
        var forged = new TestSigner(_fixture.Auth.Keys.KeyId).TokenFor(Director);

        await (await _fixture.Client.GetAsync("/api/inbox", forged)).ShouldBeProblemAsync(401, "unauthenticated");
        var error = await Assert.ThrowsAsync<RpcException>(() => CallBackendAsync(forged));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task An_HS256_token_keyed_with_the_public_key_is_401()
    {
        // Algorithm confusion: the public key set is no secret, so a validator that accepted HMAC with it would accept anyone.
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_fixture.Auth.PublicKeys)) { KeyId = _fixture.Auth.Keys.KeyId };
        var token = Sign(PlatformTokenIssuer.ClaimsOf(Seeded(Director)), new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        await (await _fixture.Client.GetAsync("/api/inbox", token)).ShouldBeProblemAsync(401, "unauthenticated");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task Nothing_in_a_service_configuration_can_mint_a_token_the_gateway_accepts()
    {
        using var directory = new TestDirectory();
        // A service configured as the AppHost configures it for this gateway: the platform's public keys.
        await using var service = ServiceApp.Build(
            Resources.Proposals, directory.Path, b => b.AddProposals(), settings: new Dictionary<string, string?> { [ConfigKeys.PublicKeys] = _fixture.Auth.PublicKeys });

        Assert.Null(service.Services.GetService<PlatformTokenIssuer>());
        Assert.Null(service.Services.GetService<PlatformSigningOptions>());
        // What the service was given (the machine's own environment variables aside): settings and appsettings.
        var given = ((IConfigurationRoot)service.Configuration).Providers.Where(p => p is not EnvironmentVariablesConfigurationProvider);
        var values = new ConfigurationRoot([.. given]).AsEnumerable().Select(entry => entry.Value).OfType<string>().Distinct();
        var tokens = values.SelectMany(MintAttempts).ToList();
        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            await (await _fixture.Client.GetAsync("/api/inbox", token)).ShouldBeProblemAsync(401, "unauthenticated");
        }

        Assert.Empty(_fixture.Script.Calls);
    }

    /// <summary>What an intruder on a service host would try with each configured value: an HMAC key (the old scheme) or a private JWK.</summary>
    private IEnumerable<string> MintAttempts(string value)
    {
        var claims = PlatformTokenIssuer.ClaimsOf(Seeded(Director));
        var kid = _fixture.Auth.Keys.KeyId;
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(value), Base64OrNull(value) }.OfType<byte[]>().Where(b => b.Length >= 32))
        {
            yield return Sign(claims, new SigningCredentials(new SymmetricSecurityKey(bytes) { KeyId = kid }, SecurityAlgorithms.HmacSha256));
        }

        if (PrivateKeyOrNull(value) is { } key)
        {
            yield return Sign(claims, new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256));
        }
    }

    private static ECDsaSecurityKey? PrivateKeyOrNull(string value)
    {
        try
        {
            return PlatformJsonWebKeys.PrivateKey(value, "probe");
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static byte[]? Base64OrNull(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var length) ? buffer[..length] : null;
    }

    private static string Sign(IEnumerable<Claim> claims, SigningCredentials credentials) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformAuthOptions.DefaultIssuer,
            Audience = PlatformAuthOptions.DefaultAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = credentials,
        });

    private async Task CallBackendAsync(string token)
    {
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(_fixture.Backend.Address);
        await new Contracts.Notifications.V1.Notifications.NotificationsClient(channel)
            .ListInboxAsync(new Contracts.Notifications.V1.ListInboxRequest(), new Metadata { { "authorization", "Bearer " + token } }, DateTime.UtcNow.AddSeconds(10));
    }

    private static DemoUser Seeded(string name) => DemoUsers.Find(RegionCatalog.Default, name)!;
}
