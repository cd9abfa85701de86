using HuiShang.Agreements.Data;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.ServiceTesting;

namespace HuiShang.Agreements.Tests;

/// <summary>Issue 12 finding 7: the agreement history is hash-chained and verifiable by admins only.</summary>
public sealed class HistoryChainTests
{
    [Fact]
    public async Task A_history_row_changed_with_raw_sql_is_reported_as_the_first_broken_link()
    {
        var gx = Parties.Nanning;
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        // The first entry comes from the ProposalSelected consumer (no caller), the second from a call.
        var agreement = await host.CreateVersionAsync(gx, await host.SelectedAsync(gx));
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(gx.Leader));
        Assert.Equal(("", "127.0.0.1"), (history.Entries[0].ClientAddress, history.Entries[1].ClientAddress));

        await HistoryTampering.AssertReportedAsync<AgreementsDbContext>(host, AgreementsApi.VerifyHistory, "agreement_history", agreement.Id, history.Entries);
    }

    [Fact]
    public async Task Only_admins_verify_the_history()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());

        await HistoryTampering.AssertAdminOnlyAsync(host, AgreementsApi.VerifyHistory, Parties.Nanning.Planning);
    }
}
