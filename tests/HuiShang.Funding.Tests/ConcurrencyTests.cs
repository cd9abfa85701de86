using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Data;
using Grpc.Core;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>GX-18 under concurrency: parallel registrations whose sum exceeds the cap never commit more than the cap.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task GX18_parallel_registrations_never_exceed_the_cap_on_sqlite()
    {
        await using var host = await FundingHost.StartAsync();
        await CapHoldsUnderParallelRegistrationsAsync(host);
    }

    [Fact]
    public async Task GX18_terminating_while_registering_keeps_committed_equal_to_the_live_projects()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        var existing = new List<Project>();
        for (var i = 0; i < 4; i++)
        {
            existing.Add(await host.RegisterAsync(Users.NanningBureau, agreement, "1000000.00"));
        }

        var terminations = existing.Select(p => host.AdvanceAsync(Users.GuangxiPlanning, p.Id, "Terminated", "撤项"));
        var registrations = Enumerable.Range(0, 8).Select(_ => host.RegisterAsync(Users.NanningBureau, agreement, "1000000.00"));
        await Task.WhenAll(terminations.Cast<Task>().Concat(registrations));

        await AssertCommittedMatchesProjectsAsync(host, agreement, expectedLive: 8);
    }

    /// <summary>Shared by the SQLite and PostgreSQL runs: 10 × 3,000,000 against a 20,000,000 cap, all at once.</summary>
    internal static async Task CapHoldsUnderParallelRegistrationsAsync(ServiceHost host)
    {
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 10).Select(async _ =>
        {
            await start.WaitAsync();
            try
            {
                return (Project?)await host.RegisterAsync(Users.NanningBureau, agreement, "3000000.00");
            }
            catch (RpcException error)
            {
                AssertProblem(error, StatusCode.FailedPrecondition, "cap-exceeded", "GX-18");
                return null;
            }
        }).ToList();
        start.Release(10);
        var results = await Task.WhenAll(attempts);

        // 6 × 3,000,000 = 18,000,000 fit; a 7th would make 21,000,000.
        Assert.Equal(6, results.Count(r => r is not null));
        await AssertCommittedMatchesProjectsAsync(host, agreement, expectedLive: 6);
        Assert.Equal("18000000.00", (await host.EnvelopeAsync(Users.NanningBureau, agreement)).Committed.Text());
    }

    private static async Task AssertCommittedMatchesProjectsAsync(ServiceHost host, Guid agreement, int expectedLive)
    {
        var (committed, live) = await host.QueryAsync<FundingDbContext, (decimal, List<decimal>)>(async db =>
        {
            var envelope = await db.Envelopes.AsNoTracking().SingleAsync(e => e.AgreementId == agreement);
            var amounts = await db.Projects.AsNoTracking()
                .Where(p => p.AgreementId == agreement && p.Status != Domain.ProjectStatus.Terminated).Select(p => p.UpperSupport).ToListAsync();
            return (envelope.Committed, amounts);
        });
        Assert.Equal(expectedLive, live.Count);
        Assert.Equal(live.Sum(), committed);
        Assert.True(committed <= 20_000_000m);
    }
}
