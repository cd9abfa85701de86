using Grpc.Core;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Proposals.Data;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Tests;

/// <summary>Issue 12 finding 7: the proposal history is hash-chained, verifiable by admins, and records the caller's address.</summary>
public sealed class HistoryChainTests
{
    [Fact]
    public async Task A_history_row_changed_with_raw_sql_is_reported_as_the_first_broken_link()
    {
        await using var host = await ProposalsHost.StartAsync();
        var proposal = await SubmittedAsync(host);

        await HistoryTampering.AssertReportedAsync<ProposalsDbContext>(
            host, ProposalsApi.VerifyHistory, "proposal_history", proposal.Id, await HistoryAsync(host, proposal.Id));
    }

    [Fact]
    public async Task Deleting_the_newest_history_row_is_reported_as_truncated()
    {
        await using var host = await ProposalsHost.StartAsync();
        var proposal = await SubmittedAsync(host);
        var history = await HistoryAsync(host, proposal.Id);

        await host.QueryAsync<ProposalsDbContext, int>(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM proposal_history WHERE hash = {0}", history[^1].Hash));

        var broken = (await host.VerifyHistoryAsync(ProposalsApi.VerifyHistory)).FirstBroken;
        Assert.Equal((proposal.Id, 1, "truncated"), (broken.RecordId, broken.EntryIndex, broken.Reason));
        Assert.Equal((history[^1].Hash, history[0].Hash), (broken.Expected, broken.Actual));
    }

    [Fact]
    public async Task Only_admins_verify_the_history()
    {
        await using var host = await ProposalsHost.StartAsync();

        await HistoryTampering.AssertAdminOnlyAsync(host, ProposalsApi.VerifyHistory, ProposalsHost.GuangxiPlanning);
    }

    [Fact]
    public async Task The_forwarded_client_address_is_recorded_when_the_peer_is_a_trusted_forwarder()
    {
        // Loopback is the default trusted forwarder: the gateway on the same machine.
        await using var host = await ProposalsHost.StartAsync();

        var entry = await DraftFromAsync(host, "203.0.113.7");

        Assert.Equal("203.0.113.7", entry.ClientAddress);
    }

    [Fact]
    public async Task A_client_address_sent_by_an_untrusted_peer_is_ignored_and_the_peer_is_recorded()
    {
        await using var host = await ProposalsHost.StartAsync(ProposalsHost.InQ1(), new Dictionary<string, string?>
        {
            [TrustedForwarders.ConfigKey] = "10.9.9.0/24",
        });

        var entry = await DraftFromAsync(host, "203.0.113.7");

        Assert.Equal("127.0.0.1", entry.ClientAddress);
    }

    private static async Task<Proposal> SubmittedAsync(ServiceHost host) =>
        await host.SubmittedAsync(ProposalsHost.NanningBureau, (await host.OpenCallAsync()).Id);

    private static async Task<IReadOnlyList<HuiShang.Contracts.Common.V1.AuditEntry>> HistoryAsync(ServiceHost host, string id) =>
        (await host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = id }, host.As(ProposalsHost.NanningBureau))).Entries;

    private static async Task<HuiShang.Contracts.Common.V1.AuditEntry> DraftFromAsync(ServiceHost host, string claimedAddress)
    {
        var call = await host.OpenCallAsync();
        var options = host.As(ProposalsHost.NanningBureau);
        options.Headers!.Add(ForwardedClientAddress.MetadataKey, claimedAddress);
        var draft = await host.Channel.UnaryAsync(ProposalsApi.Create, ProposalRequests.Valid(call.Id, "2025-06-18"), options);
        return Assert.Single(await HistoryAsync(host, draft.Id));
    }
}
