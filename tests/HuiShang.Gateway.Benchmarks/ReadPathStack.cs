using System.Net.Http.Headers;
using System.Text;
using HuiShang.Contracts;
using HuiShang.Gateway;
using HuiShang.Proposals;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceTesting;
using HuiShang.ServiceTesting.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Benchmarks;

/// <summary>
/// The read path as the platform runs it, in this process: a private RabbitMQ, the real Proposals
/// service (SQLite, its gRPC endpoint on Kestrel over HTTP/2) and the real gateway in front, composed
/// as their Program.cs compose them; seeded through the gateway with a call and
/// <paramref name="proposals"/> Nanning drafts. Console logging is off in this process (the hosts'
/// lines would bury the report); everything else is as configured for the hosts.
/// </summary>
public sealed class ReadPathStack : IAsyncDisposable
{
    public const string Planning = "province-planning@450000";
    private const string Bureau = "city-bureau@450100";

    private readonly TestRabbitMq _broker;
    private readonly ServiceHost _proposals;
    private readonly WebApplication _gateway;

    private ReadPathStack(TestRabbitMq broker, ServiceHost proposals, WebApplication gateway, TestSigner signer)
    {
        _broker = broker;
        _proposals = proposals;
        _gateway = gateway;
        Signer = signer;
        BaseAddress = new Uri(gateway.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public TestSigner Signer { get; }

    public Uri BaseAddress { get; }

    public string RecordPath { get; private set; } = "";

    public const string ListPath = "/api/proposals?limit=50";

    public static async Task<ReadPathStack> StartAsync(int proposals)
    {
        var signer = new TestSigner();
        var broker = await TestRabbitMq.StartAsync();
        var service = await ServiceHost.StartAsync(
            Resources.Proposals,
            b =>
            {
                b.Logging.ClearProviders();
                b.AddProposals();
            },
            a => a.MapProposals(),
            new Dictionary<string, string?>
            {
                [ConfigKeys.PublicKeys] = signer.PublicKeys,
                [ConfigKeys.Messaging] = broker.ConnectionString,
                [$"{IntakeLimits.Section}:{nameof(IntakeLimits.MaxOpenPerCall)}"] = "1000",
            });
        var upstream = service.GrpcAddress.ToString().TrimEnd('/');
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigKeys.SigningKey] = signer.SigningKey,
            [ConfigKeys.PublicKeys] = signer.PublicKeys,
            [ConfigKeys.ServiceGrpc(Resources.Proposals)] = upstream,
            [ConfigKeys.ServiceGrpc(Resources.Agreements)] = upstream,
            [ConfigKeys.ServiceGrpc(Resources.Funding)] = upstream,
            [ConfigKeys.ServiceGrpc(Resources.Evaluation)] = upstream,
            [ConfigKeys.ServiceGrpc(Resources.Notifications)] = upstream,
            [ConfigKeys.BindAddress] = "127.0.0.1",
            [ConfigKeys.HttpPort] = "0",
            // wrk is one client: the per-user write limit does not apply to reads, nothing else to lift.
        });
        builder.AddGateway();
        builder.Logging.ClearProviders();
        var gateway = builder.Build();
        gateway.UseGateway();
        gateway.MapGatewayApis();
        await gateway.StartAsync();

        var stack = new ReadPathStack(broker, service, gateway, signer);
        await stack.SeedAsync(proposals);
        return stack;
    }

    public string Token => Signer.TokenFor(Planning);

    /// <summary>What the gateway answers at <paramref name="path"/> (the bare endpoint serves these exact bytes).</summary>
    public async Task<byte[]> ReadAsync(string path)
    {
        using var client = Client(Planning);
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _proposals.DisposeAsync();
        await _broker.DisposeAsync();
    }

    private async Task SeedAsync(int proposals)
    {
        using var planning = Client(Planning);
        var call = await CreatedAsync(planning, "/api/calls", """{"year": 2026}""");
        using var bureau = Client(Bureau);
        var first = "";
        for (var i = 0; i < proposals; i++)
        {
            var id = await CreatedAsync(bureau, "/api/proposals", ProposalJson(call, i));
            first = first.Length == 0 ? id : first;
        }

        RecordPath = $"/api/proposals/{first}";
    }

    private HttpClient Client(string user)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Signer.TokenFor(user));
        return client;
    }

    private static async Task<string> CreatedAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!
            : throw new InvalidOperationException($"Seeding POST {path}: {(int)response.StatusCode} {body}");
    }

    /// <summary>A realistic draft: a few hundred characters of Chinese text and two topics.</summary>
    private static string ProposalJson(string callId, int n) => $$"""
        {
          "callId": "{{callId}}",
          "title": "南宁市 2026 年厅市会商建议（第 {{n}} 稿）",
          "plannedMeetingOn": "2026-06-18",
          "cityMeetingOn": "2026-01-20",
          "previousRoundSummary": "上一轮会商 12 个项目已完成 10 个，市财政配套资金全部到位，新能源汽车零部件联合攻关形成专利 36 件。",
          "urgentReason": "",
          "topics": [
            {"title": "面向东盟的新能源汽车关键零部件研发", "category": "major-needs", "field": "new-energy",
             "priorWork": "已建成自治区级工程技术研究中心。", "alignment": "已与高新处初步对接。", "nextSteps": "市财政配套 1:1 资金。", "requestedSupport": 1500000.00},
            {"title": "亚热带特色农产品精深加工", "category": "major-needs", "field": "agriculture",
             "priorWork": "建成中试基地两处。", "alignment": "已与农村处对接。", "nextSteps": "引进龙头企业。", "requestedSupport": 800000.00}
          ]
        }
        """;
}
