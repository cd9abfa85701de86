using System.Net;
using System.Text.Json;
using HuiShang.Contracts;
using HuiShang.Contracts.Events;
using HuiShang.Evaluation;
using HuiShang.Gateway.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// The real Evaluation service (on a private RabbitMQ, rule clock on 2025-04-10) behind the real
/// gateway, with Nanning's signed agreement tracked: its 落实方案 and Q1 ledger filed, the province
/// item assigned to the high-tech division.
/// </summary>
public sealed class TrackingStack : IAsyncLifetime
{
    public const string Bureau = "city-bureau@450100";
    public const string Planning = "province-planning@450000";

    private BrokerBackedServices? _onBroker;
    private ServiceHost _evaluation = null!;
    private GatewayHost? _gateway;

    public TestSigner Auth { get; } = new();

    public HttpClient Client => _gateway!.Client;

    public string AgreementId { get; private set; } = "";

    public string FilingId { get; private set; } = "";

    public string CityItemId { get; private set; } = "";

    public string ProvinceItemId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _onBroker = await BrokerBackedServices.StartAsync(Auth.PublicKeys);
        _evaluation = await _onBroker.StartServiceAsync(Resources.Evaluation, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(HuiShang.Evaluation.Domain.EvaluationClock.Key, new FixedClock(new DateTimeOffset(2025, 4, 10, 10, 0, 0, TimeSpan.FromHours(8))));
            b.AddEvaluation();
        }, a => a.MapEvaluation());
        var evaluation = _evaluation.GrpcAddress.ToString().TrimEnd('/');
        _gateway = await GatewayHost.StartAsync(Environments.Development, GatewayHost.Settings(Auth, evaluation, evaluation, evaluationAddress: evaluation));

        var signed = new AgreementSigned(
            Guid.CreateVersion7(), Guid.NewGuid(), "round", null, "450100", "450000", "Key", 2025, 3,
            [
                new AgreedItemTerms("动力电池回收示范线建成", "new-energy", "city", "南宁市科技局", [], "张三", new DateOnly(2025, 12, 31)),
                new AgreedItemTerms("支持建设自治区新能源重点实验室", "new-energy", "province", "科技厅", [], "李四", new DateOnly(2026, 6, 30)),
            ],
            new DateOnly(2025, 3, 20), null, "province-director@450000", "city-leader@450100", "", DateTimeOffset.UtcNow);
        await _evaluation.Services.GetRequiredService<IBus>().Publish(signed, context => context.MessageId = NewId.NextGuid());
        AgreementId = signed.AgreementId.ToString();
        await Eventually.GetAsync(() => Client.GetAsync($"/api/agreements/{AgreementId}/tracking", Auth.TokenFor(Planning)), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        var view = await ExpectAsync(await Client.GetAsync($"/api/agreements/{AgreementId}/tracking", Auth.TokenFor(Planning)), HttpStatusCode.OK);
        var items = view.GetProperty("items").EnumerateArray().ToList();
        CityItemId = items.Single(i => i.GetProperty("ownerSide").GetString() == "city").GetProperty("id").GetString()!;
        ProvinceItemId = items.Single(i => i.GetProperty("ownerSide").GetString() == "province").GetProperty("id").GetString()!;

        await ExpectAsync(await Client.PostJsonAsync($"/api/agreements/{AgreementId}/implementation-plan", """{"timetable": "2025 Q2", "roadmap": "攻关", "responsiblePeople": ["张三"]}""", Auth.TokenFor(Bureau)), HttpStatusCode.Created);
        var ledger = await ExpectAsync(await Client.PostJsonAsync("/api/ledgers", LedgerBody(), Auth.TokenFor(Bureau)), HttpStatusCode.Created);
        FilingId = ledger.GetProperty("id").GetString()!;
        await ExpectAsync(await Client.PostJsonAsync($"/api/agreements/{AgreementId}/task-assignments", $$"""{"assignments": [{"itemId": "{{ProvinceItemId}}", "division": "high-tech"}]}""", Auth.TokenFor(Planning)), HttpStatusCode.OK);
    }

    public Task DisposeAsync() => Stopping.InOrderAsync(_gateway, _onBroker);

    /// <summary>A complete Q1 ledger (an entry for the city item); <paramref name="entries"/> replaces the entries.</summary>
    public string LedgerBody(string? entries = null) =>
        $$"""{"agreementId": "{{AgreementId}}", "year": 2025, "quarter": 1, "entries": {{entries ?? $$"""[{"itemId": "{{CityItemId}}", "status": "InProgress", "progress": "进展", "milestone": "样机"}]"""}}}""";

    private static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status) =>
        await FundingStack.ExpectAsync(response, status, $"Seeding {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}");
}

[CollectionDefinition(Name)]
public sealed class TrackingCollection : ICollectionFixture<TrackingStack>
{
    public const string Name = "Tracking end to end";
}

/// <summary>
/// api.md "Identity and tenancy" for every tracking endpoint × every kind of user around Nanning's
/// tracked agreement. 403 = the gateway's role check; 404 = tenancy (another city, another
/// province, a division with nothing assigned, the admin); writes carry a body the rules refuse
/// (400/409) once role and tenancy let the caller through, so no row changes the record.
/// </summary>
[Collection(TrackingCollection.Name)]
public sealed class TrackingTenancyMatrixTests(TrackingStack stack)
{
    private static IReadOnlyList<string> Users => TenancyUsers.AroundNanning;

    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        //                                                        Nanning b/l/s  Liuzhou b/l/s  Hebei b/l/s    GX plan/div/dir/exp  HB plan/div/dir/exp  dist admin
        // Reads: the city, the province's staff and experts; a division only the plan it has an item of, and no filings.
        ["GET /api/agreements/{id}/tracking"]                   = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/tracking/history"]           = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 404, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/filings"]                    = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 404, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/filings/{filingId}"]         = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 404, 200, 200,  404, 404, 404, 404,  404, 404],
        // Filings: the city bureau; another city's bureau is told "not found" (its rules answer the owner: 400 GX-19, 409 If-Match).
        ["POST /api/ledgers"]                                   = [400, 403, 403,  404, 403, 403,  404, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        ["POST /api/annual-reports"]                            = [400, 403, 403,  404, 403, 403,  404, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/implementation-plan"]       = [409, 403, 403,  404, 403, 403,  404, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        // The coordinating division of the jurisdiction alone.
        ["POST /api/agreements/{id}/filings/{filingId}/return"] = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/task-assignments"]          = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        // Done: owners (a city bureau, a division); an empty evidence is 400 before any record is looked at.
        ["POST /api/agreements/{id}/items/{cityItemId}/done"]     = [400, 403, 403,  400, 403, 403,  400, 403, 403,  403, 400, 403, 403,  403, 400, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/items/{provinceItemId}/done"] = [400, 403, 403,  400, 403, 403,  400, 403, 403,  403, 400, 403, 403,  403, 400, 403, 403,  403, 403],
        // Review: only an item marked done can be accepted (409 for its division; 404 for another province's).
        ["POST /api/agreements/{id}/items/{cityItemId}/review"]   = [403, 403, 403,  403, 403, 403,  403, 403, 403,  409, 403, 403, 403,  404, 403, 403, 403,  403, 403],
    };

    public static TheoryData<string, string, int> Cells => TenancyMatrix.Matrix(Users, Expected);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_user_gets_what_tenancy_allows(string endpoint, string user, int expected) =>
        await TenancyMatrix.AssertAnswersAsync(await SendAsync(endpoint, user), expected, $"{endpoint} as {user}");

    [Theory]
    [InlineData("city-bureau@450100", true)]
    [InlineData("province-planning@450000", true)]
    [InlineData("city-bureau@450200", false)]
    [InlineData("city-bureau@130100", false)]
    [InlineData("province-planning@130000", false)]
    [InlineData("admin@000000", false)]
    public async Task The_overview_lists_the_agreement_only_to_those_who_may_see_it(string user, bool listed)
    {
        var overview = await FundingStack.ExpectAsync(await stack.Client.GetAsync("/api/tracking?limit=100", stack.Auth.TokenFor(user)), HttpStatusCode.OK, $"GET /api/tracking as {user}");

        Assert.Equal(listed, overview.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("agreementId").GetString() == stack.AgreementId));
    }

    [Fact]
    public void The_matrix_covers_every_tracking_endpoint() => Assert.Equal(Endpoints.Order(), Expected.Keys.Order());

    private static readonly string[] Endpoints =
    [
        "GET /api/agreements/{id}/tracking", "GET /api/agreements/{id}/tracking/history", "GET /api/agreements/{id}/filings",
        "GET /api/agreements/{id}/filings/{filingId}", "POST /api/ledgers", "POST /api/annual-reports",
        "POST /api/agreements/{id}/implementation-plan", "POST /api/agreements/{id}/filings/{filingId}/return",
        "POST /api/agreements/{id}/task-assignments", "POST /api/agreements/{id}/items/{cityItemId}/done",
        "POST /api/agreements/{id}/items/{provinceItemId}/done", "POST /api/agreements/{id}/items/{cityItemId}/review",
    ];

    private Task<HttpResponseMessage> SendAsync(string endpoint, string user)
    {
        var (method, template) = (endpoint[..endpoint.IndexOf(' ')], endpoint[(endpoint.IndexOf(' ') + 1)..]);
        var path = template.Replace("{id}", stack.AgreementId).Replace("{filingId}", stack.FilingId)
            .Replace("{cityItemId}", stack.CityItemId).Replace("{provinceItemId}", stack.ProvinceItemId);
        var token = stack.Auth.TokenFor(user);
        if (method == "GET")
        {
            return stack.Client.GetAsync(path, token);
        }

        // Bodies the rules refuse after role and tenancy: nothing changes, the status says who answered.
        var body = template switch
        {
            "/api/ledgers" => stack.LedgerBody("[]"),
            "/api/annual-reports" => $$"""{"agreementId": "{{stack.AgreementId}}", "year": 2025, "summary": "年度小结", "entries": []}""",
            // A second plan without If-Match: 409 for its bureau.
            _ when template.EndsWith("/implementation-plan", StringComparison.Ordinal) => """{"timetable": "2025 Q3", "roadmap": "攻关", "responsiblePeople": ["张三"]}""",
            // These two are accepted from the coordinating division (returning the ledger, assigning again changes nothing else).
            _ when template.EndsWith("/return", StringComparison.Ordinal) => """{"reason": "请补充凭证"}""",
            _ when template.EndsWith("/task-assignments", StringComparison.Ordinal) => $$"""{"assignments": [{"itemId": "{{stack.ProvinceItemId}}", "division": "high-tech"}]}""",
            _ when template.EndsWith("/done", StringComparison.Ordinal) => """{"evidence": ""}""",
            _ => """{"accept": true}""",
        };
        return stack.Client.PostJsonAsync(path, body, token);
    }
}
