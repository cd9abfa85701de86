using HuiShang.Contracts;
using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceTesting;

namespace HuiShang.Platform.Tests;

/// <summary>
/// Nothing lost, nothing twice, tested by breaking things: the broker goes away while cities
/// submit, and Notifications is killed with SIGKILL in the middle of a burst.
/// </summary>
[Collection(nameof(PlatformCollection))]
public sealed class OutboxFaultTests(SqlitePlatformFixture fixture) : IClassFixture<SqlitePlatformFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Submissions_while_the_broker_is_down_all_arrive_exactly_once_after_it_returns()
    {
        // Hebei's cities submit; Hebei's planning inbox is used by no other test of this fixture.
        const int count = 22;
        var cities = Cities("130000");
        var call = await fixture.CallOfAsync("130000");
        await fixture.StopAsync("rabbitmq");

        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await fixture.Gateway.CreateAndSubmitAsync($"city-bureau@{cities[i % cities.Count]}", call, $"broker-down {i}"));
        }

        await fixture.StartAsync("rabbitmq");
        var inbox = await Eventually.GetAsync(() => fixture.Gateway.InboxSubjectsAsync("province-planning@130000"), s => s?.Count >= count, Patience);

        await AssertExactlyOnceAsync("province-planning@130000", ids, inbox);
    }

    [Fact]
    public async Task Notifications_killed_during_a_burst_applies_every_event_exactly_once_after_restart()
    {
        const int count = 60;
        var cities = Cities("450000");
        var call = await fixture.CallOfAsync("450000");
        var submitting = Task.Run(async () =>
        {
            var ids = new List<string>();
            for (var i = 0; i < count; i++)
            {
                ids.Add(await fixture.Gateway.CreateAndSubmitAsync($"city-bureau@{cities[i % cities.Count]}", call, $"burst {i}"));
            }

            return ids;
        });

        // Kill it once it is visibly consuming the burst.
        await Eventually.GetAsync(() => fixture.Gateway.InboxSubjectsAsync("province-planning@450000"), s => s?.Count(_ => true) >= 5, Patience);
        await fixture.CrashAsync(Resources.Notifications);
        var ids = await submitting;
        await fixture.StartAsync(Resources.Notifications);

        var inbox = await Eventually.GetAsync(() => fixture.Gateway.InboxSubjectsAsync("province-planning@450000"), s => s is not null && ids.All(s.Contains), Patience);
        await AssertExactlyOnceAsync("province-planning@450000", ids, inbox);
    }

    private async Task AssertExactlyOnceAsync(string user, IReadOnlyList<string> ids, IReadOnlyList<string>? inbox)
    {
        Assert.NotNull(inbox);
        Assert.All(ids, id => Assert.Contains(id, inbox));

        // Redeliveries still on their way would show up as a second entry: give them time, then count.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var settled = await fixture.Gateway.InboxSubjectsAsync(user);
        Assert.NotNull(settled);
        Assert.All(ids, id => Assert.Single(settled, s => s == id));
    }

    private static List<string> Cities(string jurisdiction) =>
        RegionCatalog.Default.Jurisdictions.Single(j => j.Code == jurisdiction).LowerUnits.Select(u => u.Code).ToList();
}
