using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests;

/// <summary>Each endpoint's declared roles: a valid token with another role is 403, and the service is not called.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AuthorizationTests
{
    private readonly GatewayFixture _fixture;

    public AuthorizationTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    [Theory]
    [InlineData("city-leader@450100")]
    [InlineData("district@650102")]
    [InlineData("province-planning@450000")]
    [InlineData("expert.1@450000")]
    [InlineData("city-system@450100")]
    [InlineData("admin@000000")]
    public async Task Only_a_city_bureau_creates_a_proposal(string user)
    {
        var response = await _fixture.Client.PostJsonAsync("/api/proposals", Payloads.ValidProposal, _fixture.Auth.TokenFor(user));

        await response.ShouldBeProblemAsync(403, "forbidden");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData("city-leader@450100")]
    [InlineData("province-director@450000")]
    public async Task Only_a_city_bureau_submits_a_proposal(string user)
    {
        var response = await _fixture.Client.PostJsonAsync($"/api/proposals/{Payloads.ProposalId}/submit", "", _fixture.Auth.TokenFor(user));

        await response.ShouldBeProblemAsync(403, "forbidden");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData("city-bureau@450100")]
    [InlineData("city-leader@450100")]
    [InlineData("district@650102")]
    [InlineData("province-division.high-tech@450000")]
    [InlineData("expert.2@450000")]
    [InlineData("admin@000000")]
    public async Task Every_role_may_read_a_proposal_and_its_inbox(string user)
    {
        var token = _fixture.Auth.TokenFor(user);

        Assert.Equal(200, (int)(await _fixture.Client.GetAsync($"/api/proposals/{Payloads.ProposalId}", token)).StatusCode);
        Assert.Equal(200, (int)(await _fixture.Client.GetAsync("/api/inbox", token)).StatusCode);
    }

    [Fact]
    public async Task A_token_whose_only_role_is_unknown_is_403()
    {
        var token = _fixture.Auth.TokenWith(
        [
            new("sub", "u-9"), new("role", "mayor"), new("region", "450100"), new("jurisdiction", "450000"),
        ]);

        var response = await _fixture.Client.GetAsync("/api/inbox", token);

        await response.ShouldBeProblemAsync(403, "forbidden");
        Assert.Empty(_fixture.Script.Calls);
    }
}
