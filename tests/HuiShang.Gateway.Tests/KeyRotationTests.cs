using Grpc.Core;
using HuiShang.Contracts;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// Decision 011: keys carry a kid and every host accepts any key of its public key set, so a new key
/// is added everywhere, the gateway then signs with it, and the old key is removed last.
/// </summary>
public sealed class KeyRotationTests
{
    private const string User = "city-bureau@450100";
    private readonly TestSigner _old = new("2026-01");
    private readonly TestSigner _new = new("2026-07");

    [Fact]
    public async Task While_both_public_keys_are_configured_tokens_of_the_old_and_the_new_key_are_accepted()
    {
        var both = SigningKeyPair.KeySet(_old.Keys.PublicJwk, _new.Keys.PublicJwk);
        await using var backend = await FakeBackend.StartAsync(both);
        await using var gateway = await StartGatewayAsync(backend, both);

        Assert.Equal(200, (int)(await gateway.Client.GetAsync("/api/inbox", _old.TokenFor(User))).StatusCode);
        Assert.Equal(200, (int)(await gateway.Client.GetAsync("/api/inbox", _new.TokenFor(User))).StatusCode);
        var issued = (await (await gateway.Client.PostJsonAsync("/api/auth/dev-token", $$"""{"user": "{{User}}"}""")).ReadJsonAsync()).GetProperty("token").GetString()!;
        Assert.Equal("2026-07", new JsonWebToken(issued).Kid);
    }

    [Fact]
    public async Task After_the_old_public_key_is_removed_its_tokens_are_401_at_the_gateway_and_unauthenticated_at_a_service()
    {
        var newOnly = SigningKeyPair.KeySet(_new.Keys.PublicJwk);
        await using var backend = await FakeBackend.StartAsync(newOnly);
        await using var gateway = await StartGatewayAsync(backend, newOnly);

        await (await gateway.Client.GetAsync("/api/inbox", _old.TokenFor(User))).ShouldBeProblemAsync(401, "unauthenticated");
        Assert.Equal(200, (int)(await gateway.Client.GetAsync("/api/inbox", _new.TokenFor(User))).StatusCode);
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(backend.Address);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await new Contracts.Notifications.V1.Notifications.NotificationsClient(channel)
            .ListInboxAsync(new Contracts.Notifications.V1.ListInboxRequest(), new Metadata { { "authorization", "Bearer " + _old.TokenFor(User) } }));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public void A_gateway_whose_signing_key_is_not_in_its_public_key_set_does_not_start()
    {
        var settings = GatewayHost.Settings(_new, "http://127.0.0.1:5101", "http://127.0.0.1:5105");
        settings[ConfigKeys.PublicKeys] = _old.PublicKeys;

        var error = Assert.Throws<ServiceDefaults.Configuration.InvalidConfigurationException>(() => GatewayHost.CreateBuilder(Environments.Production, settings).AddGateway());

        Assert.Equal("Auth__SigningKey", error.EnvironmentVariable);
        Assert.DoesNotContain(_new.Keys.PrivateJwk, error.Message, StringComparison.Ordinal);
    }

    private Task<GatewayHost> StartGatewayAsync(FakeBackend backend, string publicKeys)
    {
        // The gateway already signs with the new key; what changes between the tests is what everyone trusts.
        var settings = GatewayHost.Settings(_new, backend.Address, backend.Address);
        settings[ConfigKeys.PublicKeys] = publicKeys;
        settings[ConfigKeys.DevTokensEnabled] = "true";
        return GatewayHost.StartAsync(Environments.Development, settings);
    }
}
