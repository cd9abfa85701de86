using System.Net;
using HuiShang.Contracts;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceTesting;
using MassTransit;

namespace HuiShang.Platform.Tests;

/// <summary>
/// Nothing lost, nothing twice for the agreements a selection starts: Agreements is killed with SIGKILL
/// in the middle of a burst of ProposalSelected events on the real broker; after its restart every
/// proposal has exactly one agreement.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class AgreementsFaultTests(SqlitePlatformFixture fixture) : IClassFixture<SqlitePlatformFixture>
{
    private const string HebeiPlanning = "province-planning@130000";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Agreements_killed_during_a_burst_of_selections_drafts_each_agreement_exactly_once_after_restart()
    {
        const int count = 40;
        var cities = RegionCatalog.Default.Jurisdictions.Single(j => j.Code == "130000").LowerUnits.Select(u => u.Code).ToList();
        var proposals = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(new Uri(fixture.Broker)));
        await bus.StartAsync();
        try
        {
            var publishing = Task.Run(async () =>
            {
                for (var i = 0; i < count; i++)
                {
                    await bus.Publish(Selected(proposals[i], cities[i % cities.Count]));
                }
            });

            // Kill it once it is visibly drafting the burst, then let the rest queue up on the broker.
            await Eventually.GetAsync(() => DraftedAsync(proposals), n => n >= 3, Patience);
            await fixture.CrashAsync(Resources.Agreements);
            await publishing;
            await fixture.StartAsync(Resources.Agreements);
        }
        finally
        {
            await bus.StopAsync();
        }

        await Eventually.GetAsync(() => DraftedAsync(proposals), n => n == count, Patience);
        // Redeliveries still on their way would show up as a second agreement: give them time, then count.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var perProposal = await AgreementsPerProposalAsync();
        Assert.All(proposals, id => Assert.Equal(1, perProposal.GetValueOrDefault(id.ToString())));
    }

    private static ProposalSelected Selected(Guid proposalId, string city) => new(
        proposalId, Guid.NewGuid(), 2026, city, "130000", "General", false, null,
        [new SelectedTopic("钢铁产业绿色低碳技术", "major-needs", "new-materials", 2_000_000m)],
        "hb/2019-01-01", DateTimeOffset.UtcNow, "province-planning@130000");

    private async Task<int> DraftedAsync(IReadOnlyList<Guid> proposals)
    {
        var perProposal = await AgreementsPerProposalAsync();
        return proposals.Count(id => perProposal.ContainsKey(id.ToString()));
    }

    /// <summary>How many agreements each proposal has, as Hebei's planning division sees them (empty while Agreements is down).</summary>
    private async Task<Dictionary<string, int>> AgreementsPerProposalAsync()
    {
        try
        {
            var answer = await fixture.Gateway.SendAsync(HttpMethod.Get, "/api/agreements", HebeiPlanning);
            return answer.Status != HttpStatusCode.OK
                ? []
                : answer.Body.GetProperty("items").EnumerateArray()
                    .GroupBy(a => a.GetProperty("proposalId").GetString()!)
                    .ToDictionary(g => g.Key, g => g.Count());
        }
        catch (HttpRequestException)
        {
            return [];
        }
    }
}
