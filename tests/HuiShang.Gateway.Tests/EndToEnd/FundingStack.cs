using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HuiShang.Agreements;
using HuiShang.Contracts;
using HuiShang.Funding;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Issue 6 end to end, nothing faked: a private RabbitMQ node, the real Agreements and Funding
/// services (SQLite, rule clocks fixed in 2025 so the XJ plan is in force) on that broker, and the
/// real gateway in front. Three agreements are signed for real — Nanning (GX key tier), Liuzhou (GX
/// general) and Urumqi (XJ) — each started by a ProposalSelected published on the broker as the
/// Proposals service would publish it; their envelopes reach Funding through AgreementSigned.
/// </summary>
public sealed class FundingStack : IAsyncLifetime, ISigningStack
{
    public const string GuangxiPlanning = "province-planning@450000";
    public const string NanningBureau = "city-bureau@450100";
    public const string LiuzhouBureau = "city-bureau@450200";
    public const string XinjiangPlanning = "province-planning@650000";
    public const string UrumqiBureau = "city-bureau@650100";
    public const string TianshanDistrict = "district@650102";
    public const string SaybagDistrict = "district@650103";

    /// <summary>Inside the XJ plan's period (2023-04-23..2025-12-31); GX's profile is in force too.</summary>
    public static readonly DateTimeOffset Today = new(2025, 6, 10, 10, 0, 0, TimeSpan.FromHours(8));

    DateTimeOffset ISigningStack.Today => Today;

    private readonly ConcurrentDictionary<string, Lazy<Task<Target>>> _shared = new(StringComparer.Ordinal);
    private BrokerBackedServices? _onBroker;

    public TestSigner Auth { get; } = new();

    public FixedClock AgreementsClock { get; } = new(Today);

    public FixedClock FundingClock { get; } = new(Today);

    public ServiceHost Agreements { get; private set; } = null!;

    public ServiceHost Funding { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Client => Gateway.Client;

    public string NanningAgreementId { get; private set; } = "";

    public string LiuzhouAgreementId { get; private set; } = "";

    public string UrumqiAgreementId { get; private set; } = "";

    public string Token(string user) => Auth.TokenFor(user);

    /// <summary>A record created once per stack under <paramref name="key"/> (read-only targets that several tests share).</summary>
    public Task<Target> OnceAsync(string key, Func<Task<Target>> create) =>
        _shared.GetOrAdd(key, _ => new Lazy<Task<Target>>(create)).Value;

    public async Task InitializeAsync()
    {
        _onBroker = await BrokerBackedServices.StartAsync(Auth.PublicKeys);
        Agreements = await _onBroker.StartServiceAsync(Resources.Agreements, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Agreements.Domain.AgreementsClock.Key, AgreementsClock);
            b.AddAgreements();
        }, a => a.MapAgreements());
        Funding = await _onBroker.StartServiceAsync(Resources.Funding, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Funding.Domain.FundingClock.Key, FundingClock);
            b.AddFunding();
        }, a => a.MapFunding());

        var agreements = Agreements.GrpcAddress.ToString().TrimEnd('/');
        var funding = Funding.GrpcAddress.ToString().TrimEnd('/');
        // Proposals and Notifications are not under test: the gateway only needs well-formed addresses for them.
        Gateway = await GatewayHost.StartAsync(
            Environments.Development,
            GatewayHost.Settings(Auth, agreements, agreements, agreementsAddress: agreements, fundingAddress: funding));

        var signing = new FundingAgreementSigning(this);
        NanningAgreementId = await signing.SignedAsync("450100", "450000", "Key");
        LiuzhouAgreementId = await signing.SignedAsync("450200", "450000", "General");
        UrumqiAgreementId = await signing.SignedAsync("650100", "650000", "Key");
        foreach (var id in new[] { NanningAgreementId, LiuzhouAgreementId, UrumqiAgreementId })
        {
            await EnvelopeOpenedAsync(id);
        }
    }

    /// <summary>Also after a failed start: whatever did start is stopped, the broker last.</summary>
    public async Task DisposeAsync()
    {
        await Stopping.InOrderAsync(Gateway, _onBroker);
    }

    /// <summary>Publishes on the broker as the Proposals service's outbox does: the event type's exchange, a fresh message id.</summary>
    public Task PublishAsync<T>(T message)
        where T : class =>
        Agreements.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = NewId.NextGuid());

    /// <summary>Waits until Funding consumed the agreement's AgreementSigned: its envelope answers 200 through the gateway.</summary>
    private async Task EnvelopeOpenedAsync(string agreementId)
    {
        var token = Token(PlanningOf(agreementId));
        var response = await Eventually.GetAsync(
            () => Client.GetAsync($"/api/agreements/{agreementId}/funding", token),
            r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Envelope of {agreementId} never opened: {(int)response.StatusCode} {body}\n{_onBroker?.Output()}");
    }

    private string PlanningOf(string agreementId) => agreementId == UrumqiAgreementId ? XinjiangPlanning : GuangxiPlanning;

    /// <summary>Reads a JSON reply, failing with the body when the status is not the expected one.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>The funding end-to-end classes share one stack: a broker and three signed agreements are expensive on two cores.</summary>
[CollectionDefinition(Name)]
public sealed class FundingCollection : ICollectionFixture<FundingStack>
{
    public const string Name = "Funding end to end";
}
