using HuiShang.Contracts;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Tests;

/// <summary>The Proposals service in-process, composed as its Program.cs composes it.</summary>
internal static class ProposalsHost
{
    public const string NanningBureau = "city-bureau@450100";
    public const string LiuzhouBureau = "city-bureau@450200";
    public const string GuangxiPlanning = "province-planning@450000";
    public const string HebeiPlanning = "province-planning@130000";

    public static Task<ServiceHost> StartAsync() =>
        ServiceHost.StartAsync(Resources.Proposals, b => b.AddProposals(), a => a.MapProposals());

    public static Task<int> CountProposalsAsync(this ServiceHost host) =>
        host.QueryAsync<ProposalsDbContext, int>(db => db.Proposals.CountAsync());

    public static Task<List<OutboxMessage>> OutboxAsync(this ServiceHost host) =>
        host.QueryAsync<ProposalsDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
}
