using System.Security.Claims;
using System.Security.Cryptography;
using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>The signing key the gateway and the fake services share in tests, and tokens made with it (or deliberately not).</summary>
public sealed class TestAuth
{
    public TestAuth()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        SigningKey = Convert.ToBase64String(key);
        Options = new PlatformAuthOptions(key);
        Issuer = new PlatformTokenIssuer(Options, TimeProvider.System);
    }

    public string SigningKey { get; }

    public PlatformAuthOptions Options { get; }

    public PlatformTokenIssuer Issuer { get; }

    public string TokenFor(string userName) =>
        Issuer.Issue(DemoUsers.Find(RegionCatalog.Default, userName) ?? throw new ArgumentException($"No seeded user {userName}."));

    public string TokenWith(IEnumerable<Claim> claims) => Issuer.Issue(claims, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10));

    public static string TokenSignedBy(PlatformAuthOptions options, string userName) =>
        new PlatformTokenIssuer(options, TimeProvider.System).Issue(DemoUsers.Find(RegionCatalog.Default, userName)!);

    public static PlatformAuthOptions OtherKey(string? issuer = null, string? audience = null) =>
        new(RandomNumberGenerator.GetBytes(32), issuer ?? PlatformAuthOptions.DefaultIssuer, audience ?? PlatformAuthOptions.DefaultAudience);
}
