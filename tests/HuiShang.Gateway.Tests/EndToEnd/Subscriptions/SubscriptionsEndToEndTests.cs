using System.Net;
using System.Text.Json;
using HuiShang.Contracts;
using HuiShang.Contracts.Events;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Notifications;
using HuiShang.Notifications.Tests.Webhooks;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StandardWebhooks;

namespace HuiShang.Gateway.Tests.EndToEnd.Subscriptions;

/// <summary>
/// A city system's whole journey through the gateway against the real Notifications service: subscribe
/// (the secret once), receive a signed CloudEvent on a real endpoint, read the delivery log, redeliver,
/// read the catalogue; another city sees nothing, an internal URL and a non-system role are refused.
/// </summary>
public sealed class SubscriptionsEndToEndTests : IAsyncLifetime
{
    private const string Nanning = "city-system@450100";
    private readonly TestSigner _auth = new();
    private ServiceHost _notifications = null!;
    private GatewayHost _gateway = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _notifications = await ServiceHost.StartAsync(Resources.Notifications, b => b.AddNotifications(), a => a.MapNotifications(), new Dictionary<string, string?>
        {
            [ConfigKeys.PublicKeys] = _auth.PublicKeys,
            ["Webhooks:AllowedTargets"] = "127.0.0.1",
            ["Webhooks:PollInterval"] = "00:00:00.050",
        });
        var address = _notifications.GrpcAddress.ToString().TrimEnd('/');
        _gateway = await GatewayHost.StartAsync(Environments.Development, GatewayHost.Settings(_auth, address, address));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _notifications.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_city_system_subscribes_receives_a_verifiable_event_reads_the_log_and_has_it_redelivered()
    {
        var created = await _gateway.Client.PostJsonAsync(
            "/api/subscriptions", $$"""{"url": "{{_receiver.Url("/nanning")}}", "eventTypes": ["cn.huishang.proposal.submitted.v1"]}""", Token(Nanning));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json(created);
        var id = body.GetProperty("subscription").GetProperty("id").GetString()!;
        var secret = body.GetProperty("secret").GetString()!;
        Assert.Equal("city", body.GetProperty("subscription").GetProperty("scopeLevel").GetString());

        await _notifications.Services.GetRequiredService<IBus>().Publish(
            new ProposalSubmitted(Guid.NewGuid(), "450100", "450000", "南宁市建议", 2, DateTimeOffset.UtcNow, "city-bureau@450100"));
        var first = (await Eventually.GetAsync(() => Task.FromResult(_receiver.At("/nanning")), r => r.Count == 1))[0];
        new StandardWebhook(secret).Verify(first.Body, first.Headers);

        var log = await Eventually.GetAsync(
            async () => await Json(await _gateway.Client.GetAsync($"/api/subscriptions/{id}/deliveries", Token(Nanning))),
            l => l.GetProperty("items")[0].GetProperty("status").GetString() == "succeeded");
        var delivery = log.GetProperty("items")[0];
        Assert.Equal(first.WebhookId, delivery.GetProperty("eventId").GetString());
        Assert.Equal(200, delivery.GetProperty("attempts")[0].GetProperty("statusCode").GetInt32());

        var redeliver = await _gateway.Client.SendJsonAsync(
            HttpMethod.Post, $"/api/subscriptions/{id}/deliveries/{delivery.GetProperty("id").GetString()}/redeliver", null, Token(Nanning));
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        var again = await Eventually.GetAsync(() => Task.FromResult(_receiver.At("/nanning")), r => r.Count == 2);
        Assert.Equal(first.WebhookId, again[1].WebhookId);

        Assert.DoesNotContain(secret, await (await _gateway.Client.GetAsync($"/api/subscriptions/{id}", Token(Nanning))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _gateway.Client.GetAsync($"/api/subscriptions/{id}", Token("city-system@450200"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _gateway.Client.SendJsonAsync(HttpMethod.Delete, $"/api/subscriptions/{id}", null, Token(Nanning))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _gateway.Client.GetAsync($"/api/subscriptions/{id}", Token(Nanning))).StatusCode);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.0.0.8/hooks")]
    [InlineData("https://[::1]:9443/hooks")]
    public async Task An_internal_target_is_a_validation_problem_on_url(string url)
    {
        var response = await _gateway.Client.PostJsonAsync("/api/subscriptions", $$"""{"url": "{{url}}"}""", Token(Nanning));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Only_systems_subscribe_and_everyone_reads_the_event_catalogue()
    {
        var bureau = await _gateway.Client.PostJsonAsync("/api/subscriptions", """{"url": "https://example.org/hooks"}""", Token("city-bureau@450100"));
        var catalogue = await Json(await _gateway.Client.GetAsync("/api/event-types", Token("city-bureau@450100")));

        Assert.Equal(HttpStatusCode.Forbidden, bureau.StatusCode);
        var signed = catalogue.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "cn.huishang.agreement.signed.v1");
        Assert.Equal("object", signed.GetProperty("dataSchema").GetProperty("type").GetString());
        Assert.Equal("1.0", signed.GetProperty("example").GetProperty("specversion").GetString());
    }

    private string Token(string user) => _auth.TokenFor(user);

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
