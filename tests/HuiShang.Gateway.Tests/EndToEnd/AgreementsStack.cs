using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HuiShang.Agreements;
using HuiShang.Contracts;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceTesting.Infrastructure;
using HuiShang.Proposals;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceTesting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Issue 5 end to end, nothing faked: a private RabbitMQ node, the real Proposals and Agreements
/// services (SQLite, fixed rule clocks) on that broker, and the real gateway in front. Seeded through
/// the gateway only: a GX and an HB call of 2026, proposals created and submitted by the cities, the
/// selections decided; Agreements drafts one agreement per selected proposal from ProposalSelected.
/// Every agreement has a purpose (<see cref="Purposes"/>) so that tests never share a mutable record.
/// </summary>
public sealed class AgreementsStack : IAsyncLifetime
{
    public const string GxPlanning = "province-planning@450000";
    public const string GxDirector = "province-director@450000";
    public const string GxHighTech = "province-division.high-tech@450000";
    public const string GxAgriculture = "province-division.agriculture@450000";
    public const string NanningBureau = "city-bureau@450100";
    public const string NanningLeader = "city-leader@450100";
    public const string LiuzhouBureau = "city-bureau@450200";
    public const string HbPlanning = "province-planning@130000";
    public const string HbDirector = "province-director@130000";
    public const string HbHighTech = "province-division.high-tech@130000";
    public const string ShijiazhuangBureau = "city-bureau@130100";
    public const string ShijiazhuangLeader = "city-leader@130100";

    /// <summary>GX-10: inside 2026's first quarter, so the cities can submit.</summary>
    public static readonly DateTimeOffset ProposalsToday = new(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The agreements rule clock: after the selection; due dates and signing dates follow from it.</summary>
    public static readonly DateTimeOffset AgreementsToday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Nanning proposals selected as extra consultations (GX-10 allows them with a reason), one per purpose.</summary>
    public static readonly string[] NanningExtras =
    [
        Purposes.Concurrency, Purposes.Superseded, Purposes.SignedEdit, Purposes.Validation,
        Purposes.MatrixRead, Purposes.MatrixVersions, Purposes.MatrixCommentRounds, Purposes.MatrixComments, Purposes.MatrixResolutions,
        Purposes.MatrixDirectorReview, Purposes.MatrixMeeting, Purposes.MatrixSign, Purposes.MatrixRenewal,
    ];

    private readonly Dictionary<string, string> _agreements = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<JsonElement>>> _prepared = new(StringComparer.Ordinal);
    private BrokerBackedServices _onBroker = null!;

    public TestSigner Auth { get; } = new();

    public FixedClock ProposalsClock { get; } = new(ProposalsToday);

    public FixedClock AgreementsClock { get; } = new(AgreementsToday);

    public TestRabbitMq Broker => _onBroker.Broker;

    public ServiceHost Proposals { get; private set; } = null!;

    public ServiceHost Agreements { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Client => Gateway.Client;

    public string Token(string user) => Auth.TokenFor(user);

    /// <summary>The agreement drafted for <paramref name="purpose"/>.</summary>
    public string AgreementOf(string purpose) =>
        _agreements.TryGetValue(purpose, out var id) ? id : throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "No agreement was seeded for it.");

    /// <summary>Brings an agreement into a state once per stack (for rows that several tests read); the state's reply.</summary>
    public Task<JsonElement> OnceAsync(string key, Func<Task<JsonElement>> prepare) =>
        _prepared.GetOrAdd(key, _ => new Lazy<Task<JsonElement>>(prepare)).Value;

    public async Task InitializeAsync()
    {
        _onBroker = await BrokerBackedServices.StartAsync(Auth.PublicKeys);
        Agreements = await _onBroker.StartServiceAsync(Resources.Agreements, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Agreements.Domain.AgreementsClock.Key, AgreementsClock);
            b.AddAgreements();
        }, a => a.MapAgreements());
        Proposals = await _onBroker.StartServiceAsync(Resources.Proposals, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Proposals.Domain.ProposalsClock.Key, ProposalsClock);
            b.AddProposals();
        }, a => a.MapProposals());

        var proposals = Proposals.GrpcAddress.ToString().TrimEnd('/');
        // Notifications is not under test: the gateway only needs a well-formed address for it.
        Gateway = await GatewayHost.StartAsync(
            Environments.Development,
            GatewayHost.Settings(Auth, proposals, proposals, agreementsAddress: Agreements.GrpcAddress.ToString().TrimEnd('/')));

        await new AgreementsSeeding(this).SeedAsync(_agreements);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _onBroker.DisposeAsync();
    }

    /// <summary>The broker's last lines, for a failure message.</summary>
    public string BrokerOutput() => _onBroker.Output();
}

/// <summary>What each seeded agreement is for: one test (or matrix row) owns each mutable one.</summary>
public static class Purposes
{
    public const string GxFlow = "gx-flow";
    public const string Liuzhou = "liuzhou";
    public const string HbFlow = "hb-flow";
    public const string HbList = "hb-list";
    public const string HbWorkMeeting = "hb-work-meeting";
    public const string Concurrency = "concurrency";
    public const string Superseded = "superseded";
    public const string SignedEdit = "signed-edit";
    public const string Validation = "validation";
    public const string MatrixRead = "matrix-read";
    public const string MatrixVersions = "matrix-versions";
    public const string MatrixCommentRounds = "matrix-comment-rounds";
    public const string MatrixComments = "matrix-comments";
    public const string MatrixResolutions = "matrix-resolutions";
    public const string MatrixDirectorReview = "matrix-director-review";
    public const string MatrixMeeting = "matrix-meeting";
    public const string MatrixSign = "matrix-sign";
    public const string MatrixRenewal = "matrix-renewal";
}

/// <summary>The agreements end-to-end classes share one stack: a broker and two services are expensive on two cores.</summary>
[CollectionDefinition(Name)]
public sealed class AgreementsCollection : ICollectionFixture<AgreementsStack>
{
    public const string Name = "Agreements end to end";
}
