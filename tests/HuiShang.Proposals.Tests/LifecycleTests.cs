using HuiShang.Contracts.Events;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using static HuiShang.Proposals.Tests.Scenario;

namespace HuiShang.Proposals.Tests;

/// <summary>Draft → Submitted → (Returned → Submitted)* → Selected | NotSelected | Withdrawn, with history.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Invalid_transitions_are_FAILED_PRECONDITION_invalid_state()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var planning = host.As(ProposalsHost.GuangxiPlanning);
        var bureau = host.As(ProposalsHost.NanningBureau);

        var returnDraft = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.Return, new ReturnProposalRequest { Id = draft.Id, Reason = "补充材料" }, planning));
        AssertProblem(returnDraft, StatusCode.FailedPrecondition, "invalid-state");

        await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id);
        var update = ProposalRequestsForUpdate(draft.Id, 0);
        var updateSubmitted = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.Update, update, bureau));
        AssertProblem(updateSubmitted, StatusCode.FailedPrecondition, "invalid-state");

        await host.Channel.UnaryAsync(ProposalsApi.Withdraw, new WithdrawProposalRequest { Id = draft.Id }, bureau);
        var withdrawAgain = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.Withdraw, new WithdrawProposalRequest { Id = draft.Id }, bureau));
        AssertProblem(withdrawAgain, StatusCode.FailedPrecondition, "invalid-state");
        var submitWithdrawn = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id));
        AssertProblem(submitWithdrawn, StatusCode.FailedPrecondition, "invalid-state");
    }

    [Fact]
    public async Task A_stale_expected_version_is_ABORTED_concurrency_conflict()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var bureau = host.As(ProposalsHost.NanningBureau);

        var updated = await host.Channel.UnaryAsync(ProposalsApi.Update, ProposalRequestsForUpdate(draft.Id, draft.Version), bureau);
        Assert.Equal("改后的标题", updated.Title);
        Assert.True(updated.Version > draft.Version);

        var stale = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.Update, ProposalRequestsForUpdate(draft.Id, draft.Version), bureau));
        AssertProblem(stale, StatusCode.Aborted, "concurrency-conflict");
        var staleSubmit = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id, draft.Version));
        AssertProblem(staleSubmit, StatusCode.Aborted, "concurrency-conflict");

        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id, updated.Version)).Status);
    }

    [Fact]
    public async Task Return_and_resubmit_loop_is_recorded_in_the_history_and_records_the_policy_version()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        Assert.Equal("gx/2019-01-01", call.PolicyVersion);
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var bureau = host.As(ProposalsHost.NanningBureau);
        var submitted = await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id);
        Assert.Equal("gx/2019-01-01", submitted.PolicyVersion);

        var returned = await host.Channel.UnaryAsync(ProposalsApi.Return, new ReturnProposalRequest { Id = draft.Id, Reason = "请补充前期工作基础" }, host.As(ProposalsHost.GuangxiPlanning));
        Assert.Equal(("Returned", "请补充前期工作基础"), (returned.Status, returned.DecisionReason));
        var updated = await host.Channel.UnaryAsync(ProposalsApi.Update, ProposalRequestsForUpdate(draft.Id, returned.Version), bureau);
        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id, updated.Version)).Status);

        var history = await host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = draft.Id }, host.As(ProposalsHost.GuangxiPlanning));
        Assert.Equal(
            [("create", "", "Draft"), ("submit", "Draft", "Submitted"), ("return", "Submitted", "Returned"), ("update", "Returned", "Returned"), ("submit", "Returned", "Submitted")],
            history.Entries.Select(e => (e.Action, e.FromStatus, e.ToStatus)));
        Assert.Equal(ProposalsHost.GuangxiPlanning, history.Entries[2].By);
        Assert.Equal("请补充前期工作基础", history.Entries[2].Detail);
        Assert.Equal(history.Entries.Select(e => e.Version).Order(), history.Entries.Select(e => e.Version));

        var outbox = await host.OutboxAsync();
        Assert.Single(outbox, r => r.MessageType.Contains(nameof(ProposalReturned), StringComparison.Ordinal));
        Assert.Equal(2, outbox.Count(r => r.MessageType.Contains(nameof(ProposalSubmitted), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_city_withdraws_its_own_proposal_and_the_history_shows_selection()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var withdrawnDraft = await host.SubmittedAsync(ProposalsHost.GuilinBureau, call.Id);
        var withdrawn = await host.Channel.UnaryAsync(ProposalsApi.Withdraw, new WithdrawProposalRequest { Id = withdrawnDraft.Id }, host.As(ProposalsHost.GuilinBureau));
        Assert.Equal("Withdrawn", withdrawn.Status);

        var nanning = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id);
        var liuzhou = await host.SubmittedAsync(ProposalsHost.LiuzhouBureau, call.Id);
        var wuzhou = await host.SubmittedAsync("city-bureau@450400", call.Id);
        var reply = await host.SelectAsync(call.Id, nanning.Id, liuzhou.Id);
        Assert.Equal(wuzhou.Id, Assert.Single(reply.NotSelected).Id);

        var keyHistory = await host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = nanning.Id }, host.As(ProposalsHost.NanningBureau));
        Assert.Equal(["create", "submit", "select"], keyHistory.Entries.Select(e => e.Action));
        var notSelectedHistory = await host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = wuzhou.Id }, host.As("city-bureau@450400"));
        Assert.Equal(("not-select", "Submitted", "NotSelected"), (notSelectedHistory.Entries[^1].Action, notSelectedHistory.Entries[^1].FromStatus, notSelectedHistory.Entries[^1].ToStatus));
        var withdrawHistory = await host.Channel.UnaryAsync(ProposalsApi.History, new GetProposalHistoryRequest { Id = withdrawn.Id }, host.As(ProposalsHost.GuilinBureau));
        Assert.Equal("withdraw", withdrawHistory.Entries[^1].Action);
    }

    internal static UpdateProposalRequest ProposalRequestsForUpdate(string id, long expectedVersion)
    {
        var source = ProposalRequests.Valid();
        var update = new UpdateProposalRequest
        {
            Id = id,
            ExpectedVersion = expectedVersion,
            Title = "改后的标题",
            PlannedMeetingOn = source.PlannedMeetingOn,
            CityMeetingOn = source.CityMeetingOn,
            PreviousRoundSummary = source.PreviousRoundSummary,
        };
        update.Topics.AddRange(source.Topics);
        return update;
    }
}
