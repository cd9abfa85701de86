using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// Issue 12, finding 5: a correctly signed token is still refused when it lives too long or its
/// times cannot be checked (decision 011); the services are never called.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class TokenLifetimeTests
{
    private const string User = "province-director@450000";
    private readonly GatewayFixture _fixture;

    public TokenLifetimeTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    public static TheoryData<string, int?, int?, int?> Refused => new()
    {
        // name, iat / nbf / exp in minutes from now (null: the claim is absent)
        { "valid for 100 years", 0, 0, 100 * 365 * 24 * 60 },
        { "one minute over the 8 hour maximum", -1, -1, 8 * 60 },
        { "no iat", null, -1, 30 },
        { "no exp", -1, -1, null },
        { "issued 50 years in the future, valid from now", 50 * 365 * 24 * 60, -1, 50 * 365 * 24 * 60 + 60 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_token_whose_lifetime_cannot_be_trusted_is_401(string name, int? issued, int? notBefore, int? expires)
    {
        var token = _fixture.Auth.TokenWithTimes(User, At(issued), At(notBefore), At(expires));

        var response = await _fixture.Client.GetAsync("/api/inbox", token);

        await response.ShouldBeProblemAsync(401, "unauthenticated");
        Assert.True(_fixture.Script.Calls.Count == 0, name);
    }

    [Fact]
    public async Task A_token_of_exactly_the_maximum_lifetime_is_accepted()
    {
        var token = _fixture.Auth.TokenWithTimes(User, At(-1), At(-1), At(8 * 60 - 1));

        var response = await _fixture.Client.GetAsync("/api/inbox", token);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_token_expired_less_than_the_clock_skew_ago_is_accepted_and_one_expired_longer_ago_is_not()
    {
        var justExpired = _fixture.Auth.TokenWithTimes(User, At(-10), At(-10), DateTime.UtcNow.AddSeconds(-10));
        var expiredLonger = _fixture.Auth.TokenWithTimes(User, At(-10), At(-10), DateTime.UtcNow.AddSeconds(-45));

        Assert.Equal(200, (int)(await _fixture.Client.GetAsync("/api/inbox", justExpired)).StatusCode);
        await (await _fixture.Client.GetAsync("/api/inbox", expiredLonger)).ShouldBeProblemAsync(401, "unauthenticated");
    }

    private static DateTime? At(int? minutes) => minutes is { } m ? DateTime.UtcNow.AddMinutes(m) : null;
}
