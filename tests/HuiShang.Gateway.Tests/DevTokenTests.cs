using HuiShang.Gateway.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HuiShang.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class DevTokenTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task A_seeded_user_gets_a_token_with_the_claims_of_api_md_that_the_gateway_accepts()
    {
        var response = await _client.PostJsonAsync("/api/auth/dev-token", """{"user": "province-division.high-tech@450000"}""");

        Assert.Equal(200, (int)response.StatusCode);
        var token = (await response.ReadJsonAsync()).GetProperty("token").GetString()!;
        var jwt = new JsonWebToken(token);
        Assert.Equal("ES256", jwt.Alg);
        Assert.Equal(fixture.Auth.Keys.KeyId, jwt.Kid);
        Assert.Equal("province-division.high-tech@450000", jwt.Subject);
        Assert.Equal("province-division", jwt.GetClaim("role").Value);
        Assert.Equal("450000", jwt.GetClaim("region").Value);
        Assert.Equal("450000", jwt.GetClaim("jurisdiction").Value);
        Assert.Equal("high-tech", jwt.GetClaim("division").Value);
        Assert.Equal("huishang", jwt.Issuer);
        Assert.Equal(["huishang-platform"], jwt.Audiences);

        var inbox = await _client.GetAsync("/api/inbox", token);
        Assert.Equal(200, (int)inbox.StatusCode);
    }

    [Fact]
    public async Task A_city_user_token_carries_the_city_region_and_the_provincial_jurisdiction()
    {
        var response = await _client.PostJsonAsync("/api/auth/dev-token", """{"user": "city-bureau@450100"}""");

        var token = (await response.ReadJsonAsync()).GetProperty("token").GetString()!;
        var jwt = new JsonWebToken(token);
        Assert.Equal("450100", jwt.GetClaim("region").Value);
        Assert.Equal("450000", jwt.GetClaim("jurisdiction").Value);
        Assert.True(jwt.ValidTo > DateTime.UtcNow.AddHours(1));
    }

    [Fact]
    public async Task An_unknown_user_is_a_400_validation_problem_naming_user()
    {
        var response = await _client.PostJsonAsync("/api/auth/dev-token", """{"user": "mayor@999999"}""");

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.Contains("mayor@999999", problem.ErrorsFor("user")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"user": ""}""")]
    [InlineData("""{"user": null}""")]
    public async Task A_missing_user_is_a_400_validation_problem(string body)
    {
        var response = await _client.PostJsonAsync("/api/auth/dev-token", body);

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor("user"));
    }
}
