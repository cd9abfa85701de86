using Aspire.Hosting.Testing;
using HuiShang.ServiceTesting;

namespace HuiShang.Platform.Tests;

/// <summary>The same request with every service on a real PostgreSQL (Database__Provider=postgres).</summary>
[Collection(nameof(PlatformCollection))]
public sealed class PostgresEndToEndTests(PostgresPlatformFixture fixture) : IClassFixture<PostgresPlatformFixture>
{
    [Fact]
    public async Task Submitted_proposal_reaches_the_planning_inbox_on_PostgreSQL()
    {
        Assert.True(fixture.App.GetEndpoint("postgres", "tcp").Port > 0, "the platform runs with its PostgreSQL");

        var id = await fixture.Gateway.CreateAndSubmitAsync("city-bureau@510802", await fixture.CallOfAsync("510800"), "利州区会商建议");

        var inbox = await Eventually.GetAsync(() => fixture.Gateway.InboxSubjectsAsync("province-planning@510800"), s => s?.Contains(id) == true, TimeSpan.FromSeconds(60));
        Assert.Contains(id, inbox!);
    }
}
