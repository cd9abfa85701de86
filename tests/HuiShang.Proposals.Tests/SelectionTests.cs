using HuiShang.Contracts.Events;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;
using static HuiShang.Proposals.Tests.Scenario;

namespace HuiShang.Proposals.Tests;

/// <summary>GX-10 selection: quotas, the key city as theme city, the three-year cycle and its extra exception.</summary>
public sealed class SelectionTests
{
    private const string WuzhouBureau = "city-bureau@450400";

    [Fact]
    public async Task GX_10_selection_quota_full_above_one_key_and_two_general()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var ids = new List<string>();
        foreach (var bureau in new[] { ProposalsHost.NanningBureau, ProposalsHost.LiuzhouBureau, ProposalsHost.GuilinBureau, WuzhouBureau })
        {
            ids.Add((await host.SubmittedAsync(bureau, call.Id)).Id);
        }

        var full = await RefusedAsync(() => host.SelectAsync(call.Id, ids[0], ids[1], ids[2], ids[3]));
        AssertProblem(full, StatusCode.FailedPrecondition, "quota-full", "GX-10");

        var tooFew = await RefusedAsync(() => host.SelectAsync(call.Id, ids[0]));
        AssertProblem(tooFew, StatusCode.InvalidArgument, "validation", "GX-10");
        Assert.Equal(["general"], Fields(tooFew));

        var listed = await host.Channel.UnaryAsync(ProposalsApi.List, new ListProposalsRequest { CallId = call.Id, Status = "Submitted" }, host.As(ProposalsHost.GuangxiPlanning));
        Assert.Equal(4, listed.Items.Count);
    }

    [Fact]
    public async Task GX_10_key_city_is_theme_city_and_the_rest_are_not_selected_with_events_staged()
    {
        await using var host = await ProposalsHost.StartAsync();
        var selectedEvents = await PublishedEvents<ProposalSelected>.ConnectAsync(host.Services);
        var call = await host.OpenCallAsync();
        var nanning = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id);
        var liuzhou = await host.SubmittedAsync(ProposalsHost.LiuzhouBureau, call.Id);
        var guilin = await host.SubmittedAsync(ProposalsHost.GuilinBureau, call.Id);

        var reply = await host.SelectAsync(call.Id, nanning.Id, liuzhou.Id);

        Assert.Equal("gx/2019-01-01", reply.PolicyVersion);
        var key = reply.Selected.Single(p => p.Id == nanning.Id);
        Assert.Equal(("Selected", "Key", true, "gx/2019-01-01"), (key.Status, key.SelectionTier, key.ThemeCity, key.PolicyVersion));
        var general = reply.Selected.Single(p => p.Id == liuzhou.Id);
        Assert.Equal(("General", false), (general.SelectionTier, general.ThemeCity));
        var notSelected = Assert.Single(reply.NotSelected);
        Assert.Equal((guilin.Id, "NotSelected"), (notSelected.Id, notSelected.Status));
        Assert.NotEmpty(notSelected.DecisionReason);

        var calls = await host.Channel.UnaryAsync(ProposalsApi.ListCalls, new ListCallsRequest { Year = 2025 }, host.As(ProposalsHost.GuangxiPlanning));
        Assert.Equal("Selected", Assert.Single(calls.Calls).Status);

        var outbox = await host.OutboxAsync();
        Assert.Equal(2, outbox.Count(r => r.MessageType.Contains(nameof(ProposalSelected), StringComparison.Ordinal)));
        Assert.Single(outbox, r => r.MessageType.Contains(nameof(ProposalNotSelected), StringComparison.Ordinal));

        var received = await Eventually.GetAsync(() => Task.FromResult(selectedEvents.Received), r => r.Count >= 2);
        var keyEvent = received.Select(r => r.Message).Single(m => m.ProposalId == Guid.Parse(nanning.Id));
        Assert.Equal(("Key", true, 2025, "gx/2019-01-01"), (keyEvent.Tier, keyEvent.IsThemeCity, keyEvent.Year, keyEvent.PolicyVersion));
        var topic = Assert.Single(keyEvent.Topics);
        Assert.Equal(("new-energy", 1_500_000m), (topic.Field, topic.RequestedSupport));

        var again = await RefusedAsync(() => host.SelectAsync(call.Id, nanning.Id, liuzhou.Id));
        AssertProblem(again, StatusCode.FailedPrecondition, "invalid-state");
    }

    [Fact]
    public async Task GX_10_cycle_not_due_within_three_years_of_the_last_round()
    {
        var clock = ProposalsHost.InQ1();
        await using var host = await ProposalsHost.StartAsync(clock);
        await host.SelectedRound2025Async();
        clock.SetDate(2026, 2, 10);
        var call = await host.OpenCallAsync(2026);
        var nanning = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id, "2026-06-18");
        var guilin = await host.SubmittedAsync(ProposalsHost.GuilinBureau, call.Id, "2026-06-18");

        var error = await RefusedAsync(() => host.SelectAsync(call.Id, nanning.Id, guilin.Id));

        AssertProblem(error, StatusCode.FailedPrecondition, "cycle-not-due", "GX-10");
        Assert.Contains("450100", error.Status.Detail, StringComparison.Ordinal);
        var stored = await host.Channel.UnaryAsync(ProposalsApi.Get, new GetProposalRequest { Id = guilin.Id }, host.As(ProposalsHost.GuangxiPlanning));
        Assert.Equal("Submitted", stored.Status);
    }

    [Fact]
    public async Task GX_10_cycle_not_due_extra_with_reason_is_allowed()
    {
        var clock = ProposalsHost.InQ1();
        await using var host = await ProposalsHost.StartAsync(clock);
        await host.SelectedRound2025Async();
        clock.SetDate(2026, 2, 10);
        var call = await host.OpenCallAsync(2026);
        var nanning = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id, "2026-06-18");
        var guilin = await host.SubmittedAsync(ProposalsHost.GuilinBureau, call.Id, "2026-06-18");
        var wuzhou = await host.SubmittedAsync(WuzhouBureau, call.Id, "2026-06-18");

        var request = new SelectProposalsRequest { CallId = call.Id, KeyProposalId = guilin.Id, GeneralProposalIds = { wuzhou.Id } };
        request.Extra.Add(new ExtraSelection { ProposalId = nanning.Id, Reason = " " });
        var noReason = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.Select, request, host.As(ProposalsHost.GuangxiPlanning)));
        AssertProblem(noReason, StatusCode.InvalidArgument, "validation", "GX-10");
        Assert.Equal(["extra[0].reason"], Fields(noReason));

        request.Extra[0].Reason = "中国—东盟博览会专题重大需求";
        var reply = await host.Channel.UnaryAsync(ProposalsApi.Select, request, host.As(ProposalsHost.GuangxiPlanning));

        var extra = reply.Selected.Single(p => p.Id == nanning.Id);
        Assert.Equal(("Extra", false, "中国—东盟博览会专题重大需求"), (extra.SelectionTier, extra.ThemeCity, extra.DecisionReason));
        Assert.Equal(3, reply.Selected.Count);
    }

    [Fact]
    public void HB_15_a_cycle_without_extraRoundWithReason_refuses_any_extra()
    {
        var hbCycle = new HuiShang.Policies.PolicyVersion(new DateOnly(2019, 1, 1), null,
            RoundCycle: new HuiShang.Policies.Sections.RoundCycle("HB-15", 5, Approximate: true, ExtraRoundWithReason: false));
        var request = new HuiShang.Proposals.Domain.Rules.SelectionRequest(null, [], [new(Guid.NewGuid(), "重大需求")]);

        var error = Assert.Throws<HuiShang.ServiceDefaults.Problems.RuleViolationException>(() => HuiShang.Proposals.Domain.Rules.RoundCycleRule.CheckReasons(hbCycle, request));

        Assert.Equal(("validation", "HB-15"), (error.ProblemType, error.RuleId));
        Assert.Equal(["extra[0]"], error.FieldErrors.Select(e => e.Key));

        // The same request passes where the profile allows extras with a reason (GX-10).
        HuiShang.Proposals.Domain.Rules.RoundCycleRule.CheckReasons(
            hbCycle with { RoundCycle = new HuiShang.Policies.Sections.RoundCycle("GX-10", 3, ExtraRoundWithReason: true) }, request);
    }
}
