using System.Security.Claims;
using System.Text;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests;

/// <summary>Every way a token can be wrong ends in 401 with a problem, and the services are never called.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AuthenticationTests
{
    private readonly GatewayFixture _fixture;

    public AuthenticationTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "POST", "/api/proposals" },
        { "POST", $"/api/proposals/{Payloads.ProposalId}/submit" },
        { "GET", $"/api/proposals/{Payloads.ProposalId}" },
        { "GET", "/api/inbox" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_token_every_endpoint_is_401(string method, string path)
    {
        var response = await Send(method, path, authorization: null);

        await response.ShouldBeProblemAsync(401, "unauthenticated");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var token = new TestSigner(_fixture.Auth.Keys.KeyId).TokenFor("city-bureau@450100");

        await AssertRejected("Bearer " + token);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var claims = PlatformTokenIssuer.ClaimsOf(Seeded("city-bureau@450100"));
        var token = _fixture.Auth.Issuer.Issue(claims, DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1));

        await AssertRejected("Bearer " + token);
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_401()
    {
        var claims = PlatformTokenIssuer.ClaimsOf(Seeded("city-bureau@450100"));
        var token = _fixture.Auth.Issuer.Issue(claims, DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromHours(1));

        await AssertRejected("Bearer " + token);
    }

    [Theory]
    [InlineData("someone-else", PlatformAuthOptions.DefaultAudience)]
    [InlineData(PlatformAuthOptions.DefaultIssuer, "another-platform")]
    public async Task A_token_for_another_issuer_or_audience_is_401(string issuer, string audience)
    {
        var token = new TestSigner(_fixture.Auth.Keys, issuer, audience).TokenFor("city-bureau@450100");

        await AssertRejected("Bearer " + token);
    }

    [Theory]
    [InlineData("sub")]
    [InlineData("role")]
    [InlineData("region")]
    [InlineData("jurisdiction")]
    public async Task A_correctly_signed_token_missing_a_required_claim_is_401(string missing)
    {
        var claims = PlatformTokenIssuer.ClaimsOf(Seeded("city-bureau@450100")).Where(c => c.Type != missing);
        var token = _fixture.Auth.TokenWith(claims);

        await AssertRejected("Bearer " + token);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_401()
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var token = Part("""{"alg":"none","typ":"JWT"}""") + "." +
            Part($$"""{"sub":"x","role":"city-bureau","region":"450100","jurisdiction":"450000","iss":"huishang","aud":"huishang-platform","exp":{{exp}}}""") + ".";

        await AssertRejected("Bearer " + token);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task A_malformed_authorization_header_is_401(string authorization) => await AssertRejected(authorization);

    [Fact]
    public async Task A_token_with_claims_built_by_hand_but_signed_correctly_is_accepted()
    {
        var token = _fixture.Auth.TokenWith(
        [
            new Claim("sub", "u-1"), new Claim("role", "city-leader"), new Claim("role", "city-bureau"),
            new Claim("region", "450100"), new Claim("jurisdiction", "450000"),
        ]);

        var response = await _fixture.Client.GetAsync($"/api/proposals/{Payloads.ProposalId}", token);

        Assert.Equal(200, (int)response.StatusCode);
    }

    private static HuiShang.Contracts.ReferenceData.DemoUser Seeded(string name) =>
        HuiShang.Contracts.ReferenceData.DemoUsers.Find(HuiShang.Contracts.ReferenceData.RegionCatalog.Default, name)!;

    private async Task AssertRejected(string authorization)
    {
        foreach (var (method, path) in new[] { ("POST", "/api/proposals"), ("GET", "/api/inbox") })
        {
            var response = await Send(method, path, authorization);
            await response.ShouldBeProblemAsync(401, "unauthenticated");
        }

        Assert.Empty(_fixture.Script.Calls);
    }

    private Task<HttpResponseMessage> Send(string method, string path, string? authorization) =>
        _fixture.Client.SendAsync(
            new HttpMethod(method),
            path,
            authorization,
            method == "POST" ? new StringContent(Payloads.ValidProposal, Encoding.UTF8, "application/json") : null);
}
