using System.Security.Claims;
using HuiShang.Contracts;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Hosting;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceTesting;

/// <summary>
/// A token key pair made as the AppHost makes one (decision 011), and tokens signed with it: the
/// tests' stand-in for the gateway's signing. Hosts under test get only <see cref="PublicKeys"/>
/// (the gateway also <see cref="SigningKey"/>); a signer of a fresh key is an attacker's or a rotated key.
/// </summary>
public sealed class TestSigner
{
    public TestSigner(string? keyId = null, string issuer = PlatformAuthOptions.DefaultIssuer, string audience = PlatformAuthOptions.DefaultAudience)
        : this(SigningKeyPair.Create(keyId ?? $"test-{Guid.NewGuid():N}"), issuer, audience)
    {
    }

    /// <summary>Tokens of an existing key pair, e.g. with another issuer or audience than the platform's.</summary>
    public TestSigner(SigningKeyPair keys, string issuer = PlatformAuthOptions.DefaultIssuer, string audience = PlatformAuthOptions.DefaultAudience)
    {
        Keys = keys;
        PublicKeys = SigningKeyPair.KeySet(Keys.PublicJwk);
        var validation = new PlatformAuthOptions(PlatformJsonWebKeys.PublicKeySet(PublicKeys, "test"), issuer, audience);
        Issuer = new PlatformTokenIssuer(new PlatformSigningOptions(PlatformJsonWebKeys.PrivateKey(Keys.PrivateJwk, "test")), validation, TimeProvider.System);
    }

    /// <summary>The key every service host under test trusts unless a test says otherwise (TestSettings, ServiceHost.As).</summary>
    public static TestSigner Shared { get; } = new("test-shared");

    public SigningKeyPair Keys { get; }

    /// <summary>The private JWK: for a gateway under test only.</summary>
    public string SigningKey => Keys.PrivateJwk;

    /// <summary>The JWK Set with this signer's public key, as validators receive it.</summary>
    public string PublicKeys { get; }

    public PlatformTokenIssuer Issuer { get; }

    public Dictionary<string, string?> SignerSettings() => new()
    {
        [ConfigKeys.SigningKey] = SigningKey,
        [ConfigKeys.PublicKeys] = PublicKeys,
    };

    public string TokenFor(string userName) =>
        Issuer.Issue(DemoUsers.Find(RegionCatalog.Default, userName) ?? throw new ArgumentException($"No seeded user '{userName}'.", nameof(userName)));

    public string TokenWith(IEnumerable<Claim> claims) => Issuer.Issue(claims, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10));

    /// <summary>
    /// A correctly signed token for <paramref name="userName"/> with exactly the times given (null:
    /// the claim is left out), as a careless or hostile issuer would make it.
    /// </summary>
    public string TokenWithTimes(string userName, DateTime? issuedAt, DateTime? notBefore, DateTime? expires) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformAuthOptions.DefaultIssuer,
            Audience = PlatformAuthOptions.DefaultAudience,
            Subject = new ClaimsIdentity(PlatformTokenIssuer.ClaimsOf(DemoUsers.Find(RegionCatalog.Default, userName)!)),
            IssuedAt = issuedAt,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(PlatformJsonWebKeys.PrivateKey(SigningKey, "test"), SecurityAlgorithms.EcdsaSha256),
        });
}
