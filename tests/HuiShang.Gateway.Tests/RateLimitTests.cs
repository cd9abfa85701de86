using HuiShang.Gateway.RateLimiting;
using HuiShang.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// Issue 12, finding 4: the gateway limits anonymous requests per client address and writes per
/// user, answering 429 rate-limited with Retry-After. Each test has its own gateway with small
/// limits, so the shared fixture's tests never meet them.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string DevToken = "/api/auth/dev-token";

    private readonly TestSigner _auth = new();
    private FakeBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await FakeBackend.StartAsync(_auth);

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Dev_tokens_past_the_anonymous_limit_are_429_with_Retry_After()
    {
        await using var gateway = await StartGatewayAsync(RateLimitOptions.AnonymousPerClientKey, "3");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (int)(await gateway.Client.PostJsonAsync(DevToken, """{"user": "admin@000000"}""")).StatusCode);
        }

        var refused = await gateway.Client.PostJsonAsync(DevToken, """{"user": "admin@000000"}""");

        var problem = await refused.ShouldBeProblemAsync(429, "rate-limited");
        Assert.NotNull(problem.StringOrNull("detail"));
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        // The same client is limited on every anonymous endpoint, the health probes and OpenAPI included.
        await (await gateway.Client.GetAsync("/openapi/v1.json")).ShouldBeProblemAsync(429, "rate-limited");
    }

    [Fact]
    public async Task A_user_past_the_write_limit_is_429_while_another_user_is_still_served()
    {
        await using var gateway = await StartGatewayAsync(RateLimitOptions.WritesPerUserKey, "2");
        var guangxi = _auth.TokenFor("province-planning@450000");
        var hebei = _auth.TokenFor("province-planning@130000");

        Assert.Equal(201, (int)(await gateway.Client.PostJsonAsync("/api/calls", Payloads.ValidCall, guangxi)).StatusCode);
        Assert.Equal(201, (int)(await gateway.Client.PostJsonAsync("/api/calls", Payloads.ValidCall, guangxi)).StatusCode);
        var refused = await gateway.Client.PostJsonAsync("/api/calls", Payloads.ValidCall, guangxi);

        await refused.ShouldBeProblemAsync(429, "rate-limited");
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal(2, _backend.Script.Calls.Count);
        Assert.Equal(201, (int)(await gateway.Client.PostJsonAsync("/api/calls", Payloads.ValidCall, hebei)).StatusCode);
        // Reads are not writes: the limited user still reads.
        Assert.Equal(200, (int)(await gateway.Client.GetAsync("/api/calls?year=2026", guangxi)).StatusCode);
    }

    [Fact]
    public async Task The_default_limits_let_a_burst_through_that_a_portal_could_make()
    {
        await using var gateway = await StartGatewayAsync();
        var defaults = new RateLimitOptions();

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => gateway.Client.PostJsonAsync(DevToken, """{"user": "admin@000000"}""")));

        Assert.All(answers, response => Assert.Equal(200, (int)response.StatusCode));
        Assert.True(defaults.AnonymousPerClient >= 100 && defaults.WritesPerUser >= 100);
    }

    private Task<GatewayHost> StartGatewayAsync(string? key = null, string? value = null)
    {
        var settings = GatewayHost.Settings(_auth, _backend.Address, _backend.Address);
        settings[Contracts.ConfigKeys.DevTokensEnabled] = "true";
        if (key is not null)
        {
            settings[key] = value;
        }

        return GatewayHost.StartAsync(Environments.Development, settings);
    }
}
