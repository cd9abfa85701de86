using System.Net;
using HuiShang.Agreements;
using HuiShang.Contracts;
using HuiShang.Evaluation;
using HuiShang.Funding;
using HuiShang.Notifications;
using HuiShang.Gateway.RateLimiting;
using HuiShang.Gateway.Tests.EndToEnd;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Proposals;
using HuiShang.Proposals.Domain;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.Fuzz;

/// <summary>
/// Every service that takes a gateway write — Proposals, Agreements, Funding, Evaluation, Notifications — for real on a private
/// RabbitMQ (SQLite, rule clocks inside GX's 2026 intake window), the real gateway in front with its
/// rate limits raised out of the fuzzer's way, seeded so that writes have something to act on: GX
/// and HB calls, Nanning and Liuzhou proposals (draft and submitted), a drafting Liuzhou agreement
/// and a signed Nanning agreement with its funding envelope and tracking plan.
/// </summary>
public sealed class FuzzStack : IAsyncLifetime, ISigningStack
{
    public const string GuangxiPlanning = "province-planning@450000";
    public const string NanningBureau = "city-bureau@450100";
    public const string LiuzhouBureau = "city-bureau@450200";

    /// <summary>Inside GX-10's first quarter of 2026 (the seeded proposals can be submitted).</summary>
    public static readonly DateTimeOffset Today = ProposalsStack.Today;

    private BrokerBackedServices? _onBroker;

    public TestSigner Auth { get; } = new();

    public FixedClock Clock { get; } = new(Today);

    public ServiceHost Proposals { get; private set; } = null!;

    public ServiceHost Agreements { get; private set; } = null!;

    public ServiceHost Funding { get; private set; } = null!;

    public ServiceHost Evaluation { get; private set; } = null!;

    public ServiceHost Notifications { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Client => Gateway.Client;

    DateTimeOffset ISigningStack.Today => Today;

    /// <summary>The databases a gateway write may change, by service.</summary>
    public IReadOnlyDictionary<string, string> Databases { get; private set; } = new Dictionary<string, string>();

    public string Token(string user) => Auth.TokenFor(user);

    public async Task InitializeAsync()
    {
        _onBroker = await BrokerBackedServices.StartAsync(Auth.PublicKeys);
        Proposals = await _onBroker.StartServiceAsync(Resources.Proposals, b =>
        {
            Quiet(b, new() { [$"{IntakeLimits.Section}:{nameof(IntakeLimits.MaxOpenPerCall)}"] = "1000" });
            b.Services.AddKeyedSingleton<TimeProvider>(ProposalsClock.Key, Clock);
            b.AddProposals();
        }, a => a.MapProposals());
        Agreements = await _onBroker.StartServiceAsync(Resources.Agreements, b =>
        {
            Quiet(b, new() { ["Agreements:ScanInterval"] = "1.00:00:00" });
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Agreements.Domain.AgreementsClock.Key, Clock);
            b.AddAgreements();
        }, a => a.MapAgreements());
        Funding = await _onBroker.StartServiceAsync(Resources.Funding, b =>
        {
            Quiet(b, new() { [HuiShang.Funding.Scanning.ShortfallScanner.IntervalKey] = "1.00:00:00" });
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Funding.Domain.FundingClock.Key, Clock);
            b.AddFunding();
        }, a => a.MapFunding());
        Evaluation = await _onBroker.StartServiceAsync(Resources.Evaluation, b =>
        {
            Quiet(b, new() { ["Evaluation:ScanInterval"] = "1.00:00:00" });
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Evaluation.Domain.EvaluationClock.Key, Clock);
            b.AddEvaluation();
        }, a => a.MapEvaluation());
        Notifications = await _onBroker.StartServiceAsync(Resources.Notifications, b => b.AddNotifications(), a => a.MapNotifications());
        Databases = new Dictionary<string, string>
        {
            [Resources.Notifications] = Notifications.DatabaseFile(Resources.Notifications),
            [Resources.Evaluation] = Evaluation.DatabaseFile(Resources.Evaluation),
            [Resources.Proposals] = Proposals.DatabaseFile(Resources.Proposals),
            [Resources.Agreements] = Agreements.DatabaseFile(Resources.Agreements),
            [Resources.Funding] = Funding.DatabaseFile(Resources.Funding),
        };

        var settings = GatewayHost.Settings(
            Auth, Address(Proposals), Address(Notifications), agreementsAddress: Address(Agreements), fundingAddress: Address(Funding),
            evaluationAddress: Address(Evaluation));
        settings[RateLimitOptions.WritesPerUserKey] = "1000000";
        settings[RateLimitOptions.AnonymousPerClientKey] = "1000000";
        Gateway = await GatewayHost.StartAsync(Environments.Development, settings);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await Stopping.InOrderAsync(Gateway, _onBroker);
    }

    public Task PublishAsync<T>(T message)
        where T : class =>
        Agreements.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = NewId.NextGuid());

    private async Task SeedAsync()
    {
        var guangxiCall = await CreatedAsync("/api/calls", """{"year": 2026}""", GuangxiPlanning);
        await CreatedAsync("/api/calls", """{"year": 2026}""", "province-planning@130000");
        foreach (var bureau in new[] { NanningBureau, LiuzhouBureau })
        {
            await CreatedAsync("/api/proposals", ProposalsStack.ProposalBody(guangxiCall), bureau);
            var submitted = await CreatedAsync("/api/proposals", ProposalsStack.ProposalBody(guangxiCall), bureau);
            var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{submitted}/submit", null, Token(bureau));
            await FundingStack.ExpectAsync(response, HttpStatusCode.OK, "Seeding: submit");
        }

        var signing = new FundingAgreementSigning(this);
        await signing.DraftedAsync("450200", "450000", "General");
        var signed = await signing.SignedAsync("450100", "450000", "Key");
        foreach (var opened in new[] { $"/api/agreements/{signed}/funding", $"/api/agreements/{signed}/tracking" })
        {
            await Eventually.GetAsync(
                () => Client.GetAsync(opened, Token(GuangxiPlanning)),
                r => r.StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60));
        }
    }

    private async Task<string> CreatedAsync(string path, string body, string user)
    {
        var created = await FundingStack.ExpectAsync(await Client.PostJsonAsync(path, body, Token(user)), HttpStatusCode.Created, $"Seeding: POST {path}");
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>Background scans would change a database between a refused request and its check: pushed out of the run.</summary>
    private static void Quiet(WebApplicationBuilder builder, Dictionary<string, string?> settings) =>
        builder.Configuration.AddInMemoryCollection(settings);

    private static string Address(ServiceHost host) => host.GrpcAddress.ToString().TrimEnd('/');
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzStack>
{
    public const string Name = "Gateway fuzz";
}
