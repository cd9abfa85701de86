using System.Security.Claims;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceTesting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Issue 17: a token's signature is checked once per host, and nothing else about validation changes.</summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly TestSigner Signer = new();
    private readonly CountingHandler _inner = new();
    private readonly MovableClock _clock = new(DateTimeOffset.UtcNow);
    private readonly TokenValidationParameters _parameters = PlatformTokenValidation.Parameters(PlatformAuthOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [HuiShang.Contracts.ConfigKeys.PublicKeys] = Signer.PublicKeys }).Build()));

    [Fact]
    public async Task A_valid_token_is_checked_once_and_each_caller_gets_its_own_identity()
    {
        using var cache = new ValidatedTokenCache(_inner, _clock);
        var token = Signer.TokenFor("city-bureau@450100");

        var first = await cache.ValidateTokenAsync(token, _parameters);
        first.ClaimsIdentity.AddClaim(new Claim("added", "by one request"));
        var second = await cache.ValidateTokenAsync(token, _parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Calls);
        Assert.Equal("city-bureau@450100", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Null(second.ClaimsIdentity.FindFirst("added"));
    }

    [Fact]
    public async Task An_invalid_token_is_never_remembered()
    {
        using var cache = new ValidatedTokenCache(_inner, _clock);
        var forged = Signer.TokenFor("admin@000000")[..^4] + "AAAA";

        var first = await cache.ValidateTokenAsync(forged, _parameters);
        var second = await cache.ValidateTokenAsync(forged, _parameters);

        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task A_remembered_token_is_checked_again_once_it_has_expired()
    {
        using var cache = new ValidatedTokenCache(_inner, _clock);
        var token = Signer.TokenFor("province-planning@450000");
        Assert.True((await cache.ValidateTokenAsync(token, _parameters)).IsValid);

        _clock.Now = DateTimeOffset.UtcNow.AddDays(1);
        await cache.ValidateTokenAsync(token, _parameters);

        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public void Platform_authentication_validates_through_the_cache()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [HuiShang.Contracts.ConfigKeys.PublicKeys] = Signer.PublicKeys });
        builder.AddPlatformAuthentication();
        using var app = builder.Build();

        var jwt = app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.IsType<ValidatedTokenCache>(Assert.Single(jwt.TokenHandlers));
    }

    private sealed class CountingHandler : TokenHandler
    {
        private readonly JsonWebTokenHandler _real = new() { MapInboundClaims = false };

        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return _real.ValidateTokenAsync(token, validationParameters);
        }
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
