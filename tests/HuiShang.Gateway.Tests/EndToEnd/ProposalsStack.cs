using System.Net;
using System.Text.Json;
using HuiShang.Contracts;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Proposals;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceTesting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// The real Proposals service (SQLite, in-memory messaging, rule clock inside GX's 2026 Q1 window)
/// behind the real gateway, sharing one signing key, seeded through the gateway: a GX call with a
/// Nanning draft and a Nanning submitted proposal, and an HB call with a Shijiazhuang draft.
/// </summary>
public sealed class ProposalsStack : IAsyncLifetime
{
    public const string GuangxiPlanning = "province-planning@450000";
    public const string HebeiPlanning = "province-planning@130000";
    public const string NanningBureau = "city-bureau@450100";
    public const string ShijiazhuangBureau = "city-bureau@130100";

    /// <summary>Inside GX-10's first quarter of 2026 and more than two months before the planned meeting.</summary>
    public static readonly DateTimeOffset Today = new(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public TestSigner Auth { get; } = new();

    /// <summary>The Proposals rule clock; starts at <see cref="Today"/>.</summary>
    public FixedClock Clock { get; } = new(Today);

    public ServiceHost Proposals { get; private set; } = null!;

    public GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Client => Gateway.Client;

    public string GuangxiCallId { get; private set; } = "";

    public string HebeiCallId { get; private set; } = "";

    public string NanningDraftId { get; private set; } = "";

    public string NanningSubmittedId { get; private set; } = "";

    public string HebeiDraftId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Proposals = await ServiceHost.StartAsync(
            Resources.Proposals,
            b =>
            {
                b.Services.AddKeyedSingleton<TimeProvider>(ProposalsClock.Key, Clock);
                b.AddProposals();
            },
            a => a.MapProposals(),
            new Dictionary<string, string?>
            {
                [ConfigKeys.PublicKeys] = Auth.PublicKeys,
                // The matrices seed a fresh Nanning draft per row in one call: far more than a city may hold open.
                [$"{IntakeLimits.Section}:{nameof(IntakeLimits.MaxOpenPerCall)}"] = "1000",
            });
        var upstream = Proposals.GrpcAddress.ToString().TrimEnd('/');
        // Notifications is not under test: the gateway only needs a well-formed address for it.
        Gateway = await GatewayHost.StartAsync(Environments.Development, GatewayHost.Settings(Auth, upstream, upstream));

        GuangxiCallId = await OpenCallAsync(GuangxiPlanning);
        HebeiCallId = await OpenCallAsync(HebeiPlanning);
        NanningDraftId = (await DraftAsync(NanningBureau, GuangxiCallId)).Id;
        NanningSubmittedId = (await SubmittedAsync()).Id;
        HebeiDraftId = (await DraftAsync(ShijiazhuangBureau, HebeiCallId)).Id;
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Proposals.DisposeAsync();
    }

    public string Token(string user) => Auth.TokenFor(user);

    public static string ProposalBody(string? callId) => $$"""
        {
          {{(callId is null ? "" : $"\"callId\": \"{callId}\",")}}
          "title": "南宁市 2026 年厅市会商建议",
          "plannedMeetingOn": "2026-06-18",
          "cityMeetingOn": "2026-01-20",
          "previousRoundSummary": "上一轮会商 12 个项目已完成 10 个。",
          "urgentReason": "",
          "topics": [
            {
              "title": "面向东盟的新能源汽车关键零部件研发",
              "category": "major-needs",
              "field": "new-energy",
              "priorWork": "已建成自治区级工程技术研究中心。",
              "alignment": "已与高新处初步对接。",
              "nextSteps": "市财政配套 1:1 资金。",
              "requestedSupport": 1500000.00
            }
          ]
        }
        """;

    /// <summary>A fresh Nanning draft in the GX call (for rows that may change it).</summary>
    public Task<Target> DraftAsync() => DraftAsync(NanningBureau, GuangxiCallId);

    /// <summary>A fresh submitted Nanning proposal in the GX call.</summary>
    public async Task<Target> SubmittedAsync()
    {
        var draft = await DraftAsync();
        var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{draft.Id}/submit", null, Token(NanningBureau));
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    private async Task<Target> DraftAsync(string bureau, string callId)
    {
        var response = await Client.PostJsonAsync("/api/proposals", ProposalBody(callId), Token(bureau));
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    private async Task<string> OpenCallAsync(string planning)
    {
        var response = await Client.PostJsonAsync("/api/calls", """{"year": 2026}""", Token(planning));
        return (await ExpectAsync(response, HttpStatusCode.Created)).Id;
    }

    private static async Task<Target> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Seeding: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return new Target(json.RootElement.GetProperty("id").GetString()!, response.Headers.ETag?.Tag);
    }
}

/// <summary>A record the matrix acts on: its id and the ETag it was last answered with.</summary>
public sealed record Target(string Id, string? ETag);
