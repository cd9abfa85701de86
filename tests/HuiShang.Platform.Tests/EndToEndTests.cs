using HuiShang.ServiceTesting;

namespace HuiShang.Platform.Tests;

/// <summary>The skeleton's one request, end to end on the embedded SQLite default.</summary>
[Collection(nameof(PlatformCollection))]
public sealed class EndToEndTests(SqlitePlatformFixture fixture) : IClassFixture<SqlitePlatformFixture>
{
    [Fact]
    public async Task Submitted_proposal_reaches_the_planning_inbox_of_its_own_jurisdiction_only()
    {
        var id = await fixture.Gateway.CreateAndSubmitAsync("city-bureau@450300", await fixture.CallOfAsync("450000"), "桂林市会商建议");

        var inbox = await Eventually.GetAsync(() => fixture.Gateway.InboxSubjectsAsync("province-planning@450000"), s => s?.Contains(id) == true, TimeSpan.FromSeconds(60));
        Assert.Contains(id, inbox!);
        Assert.DoesNotContain(id, (await fixture.Gateway.InboxSubjectsAsync("province-planning@130000"))!);
    }

    [Fact]
    public async Task One_trace_covers_gateway_proposals_broker_and_notifications()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var traceParent = $"00-{traceId}-{Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()))}-01";

        var id = await fixture.Gateway.CreateAndSubmitAsync("city-bureau@450200", await fixture.CallOfAsync("450000"), "柳州市会商建议", traceParent);

        await Eventually.GetAsync(() => fixture.Gateway.InboxSubjectsAsync("province-planning@450000"), s => s?.Contains(id) == true, TimeSpan.FromSeconds(60));
        var services = await Eventually.GetAsync(
            () => Task.FromResult(fixture.Collector.ServicesIn(traceId)),
            s => s.IsSupersetOf(["gateway", "proposals", "notifications"]),
            TimeSpan.FromSeconds(60));
        Assert.Superset(new HashSet<string> { "gateway", "proposals", "notifications" }, services.ToHashSet());
    }
}
