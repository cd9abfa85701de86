using HuiShang.Contracts;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Data;
using HuiShang.ServiceTesting;
using HuiShang.ServiceTesting.Infrastructure;

namespace HuiShang.Funding.Tests;

/// <summary>Issue 12 finding 7: the project history is hash-chained and verifiable by admins only, on both databases.</summary>
public sealed class HistoryChainTests
{
    [Fact]
    public async Task A_history_row_changed_with_raw_sql_is_reported_as_the_first_broken_link()
    {
        await using var host = await FundingHost.StartAsync();

        await TamperingIsReportedAsync(host);
    }

    [Fact]
    public async Task A_history_row_changed_with_raw_sql_is_reported_on_postgres()
    {
        await using var server = await TestPostgres.StartAsync();
        var database = await server.CreateDatabaseAsync($"funding_{Guid.NewGuid():N}"[..20]);
        await using var host = await FundingHost.StartAsync(settings: new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "postgres",
            [ConfigKeys.Database(Resources.Funding)] = database,
        });

        // Also proves the instant survives timestamptz's microseconds: the untouched chain verifies first.
        await TamperingIsReportedAsync(host);
    }

    [Fact]
    public async Task Only_admins_verify_the_history()
    {
        await using var host = await FundingHost.StartAsync();

        await HistoryTampering.AssertAdminOnlyAsync(host, FundingApi.VerifyHistory, Users.XinjiangPlanning);
    }

    private static async Task TamperingIsReportedAsync(ServiceHost host)
    {
        var project = await host.ApprovedTianshanAsync();
        var history = await host.Channel.UnaryAsync(FundingApi.History, new GetProjectHistoryRequest { Id = project.Id }, host.As(Users.XinjiangPlanning));

        await HistoryTampering.AssertReportedAsync<FundingDbContext>(host, FundingApi.VerifyHistory, "project_history", project.Id, history.Entries);
    }
}
