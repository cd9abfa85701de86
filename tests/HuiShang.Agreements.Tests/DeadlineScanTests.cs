using HuiShang.Agreements.Scanning;
using HuiShang.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Agreements.Tests;

/// <summary>GX-15: the deadline scan looks only at rounds that can still be overdue, so stale rounds are not reloaded for ever.</summary>
public sealed class DeadlineScanTests
{
    private static readonly Parties Gx = Parties.Nanning;

    [Fact]
    public async Task GX15_a_past_due_round_on_a_superseded_version_is_not_a_scan_candidate_and_sends_nothing_twice()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx), dueOn: "2025-05-12", divisions: ["high-tech", "agriculture"]);
        var live = await host.StartRoundAsync(Gx, await host.SelectedAsync(Parties.Liuzhou), dueOn: "2025-05-12");
        agreement = await host.CreateVersionAsync(Gx, agreement);

        clock.SetDate(new DateOnly(2025, 5, 13));
        var today = new DateOnly(2025, 5, 13);
        Assert.Equal([Guid.Parse(live.Id)], await CandidatesAsync(host, today));
        Assert.Equal(1, await host.ScanAsync());

        for (var pass = 0; pass < 2; pass++)
        {
            Assert.Empty(await CandidatesAsync(host, today));
            Assert.Equal(0, await host.ScanAsync());
        }

        var notice = Assert.Single(await host.EventsAsync<CommentRoundOverdue>());
        Assert.Equal(Guid.Parse(live.Id), notice.AgreementId);
    }

    private static async Task<List<Guid>> CandidatesAsync(HuiShang.ServiceTesting.ServiceHost host, DateOnly today)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().CandidatesAsync(today, CancellationToken.None);
    }
}
