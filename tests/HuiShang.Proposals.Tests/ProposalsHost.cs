using HuiShang.Contracts;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceTesting;
using HuiShang.ServiceTesting.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Proposals.Tests;

/// <summary>The Proposals service in-process, composed as its Program.cs composes it, with the rule clock set.</summary>
internal static class ProposalsHost
{
    public const string NanningBureau = "city-bureau@450100";
    public const string LiuzhouBureau = "city-bureau@450200";
    public const string GuilinBureau = "city-bureau@450300";
    public const string ShijiazhuangBureau = "city-bureau@130100";
    public const string NanningLeader = "city-leader@450100";
    public const string GuangxiPlanning = "province-planning@450000";
    public const string GuangxiDirector = "province-director@450000";
    public const string HebeiPlanning = "province-planning@130000";

    /// <summary>Inside GX-10's first quarter of 2025 and more than two months before 2025-06-18 (GX-13).</summary>
    public static FakeClock InQ1() => new(new DateTimeOffset(2025, 2, 10, 10, 0, 0, TimeSpan.FromHours(8)));

    public static Task<ServiceHost> StartAsync() => StartAsync(InQ1());

    public static Task<ServiceHost> StartAsync(FakeClock clock, IReadOnlyDictionary<string, string?>? settings = null) =>
        ServiceHost.StartAsync(Resources.Proposals, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(ProposalsClock.Key, clock);
            b.AddProposals();
        }, a => a.MapProposals(), settings);

    /// <summary>The service on a new database of a test's own PostgreSQL server (the same clock as <see cref="StartAsync()"/>).</summary>
    public static async Task<ServiceHost> StartOnPostgresAsync(TestPostgres server)
    {
        var database = await server.CreateDatabaseAsync($"proposals_{Guid.NewGuid():N}"[..20]);
        return await StartAsync(InQ1(), new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "postgres",
            [ConfigKeys.Database(Resources.Proposals)] = database,
        });
    }

    public static Task<int> CountProposalsAsync(this ServiceHost host) =>
        host.QueryAsync<ProposalsDbContext, int>(db => db.Proposals.CountAsync());

    public static Task<List<OutboxMessage>> OutboxAsync(this ServiceHost host) =>
        host.QueryAsync<ProposalsDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
}
