using HuiShang.Contracts.Events;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using HuiShang.Proposals.Domain.Rules;
using HuiShang.ServiceDefaults.Problems;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HuiShang.Proposals.Tests.Scenario;

namespace HuiShang.Proposals.Tests;

/// <summary>The rules checked at submission, one test per rule id (domain.md §2.1).</summary>
public sealed class IntakeRuleTests
{
    [Fact]
    public async Task GX_10_window_closed_after_the_first_quarter()
    {
        var clock = ProposalsHost.InQ1();
        await using var host = await ProposalsHost.StartAsync(clock);
        var call = await host.OpenCallAsync();
        Assert.Equal("2025-01-01", call.OpensOn.Text());
        Assert.Equal("2025-03-31", call.ClosesOn.Text());
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);

        clock.SetDate(2025, 4, 1);
        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id));

        AssertProblem(error, StatusCode.FailedPrecondition, "window-closed", "GX-10");
        Assert.Empty(await host.OutboxAsync());
    }

    [Fact]
    public async Task GX_13_lead_time_of_two_months_before_the_planned_meeting()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var tooSoon = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id, plannedMeetingOn: "2025-04-09");
        var justInTime = await host.DraftAsync(ProposalsHost.LiuzhouBureau, call.Id, plannedMeetingOn: "2025-04-10");

        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, tooSoon.Id));

        AssertProblem(error, StatusCode.FailedPrecondition, "lead-time", "GX-13");
        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.LiuzhouBureau, justInTime.Id)).Status);
    }

    [Fact]
    public async Task GX_13_topics_carry_basis_alignment_next_steps()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id, r =>
        {
            r.Topics[0].PriorWork = "";
            r.Topics[0].NextSteps = " ";
        });

        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id));

        AssertProblem(error, StatusCode.InvalidArgument, "validation", "GX-13");
        Assert.Equal(["topics[0].nextSteps", "topics[0].priorWork"], Fields(error));
    }

    [Fact]
    public async Task GX_11_city_meeting_required_except_first_consultation()
    {
        var clock = ProposalsHost.InQ1();
        await using var host = await ProposalsHost.StartAsync(clock);
        await host.SelectedRound2025Async();
        clock.SetDate(2026, 2, 10);
        var call = await host.OpenCallAsync(2026);
        var nanning = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id, r => r.CityMeetingOn = null, "2026-06-18");
        var guilinFirst = await host.DraftAsync(ProposalsHost.GuilinBureau, call.Id, r => r.CityMeetingOn = null, "2026-06-18");

        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, nanning.Id));

        AssertProblem(error, StatusCode.InvalidArgument, "validation", "GX-11");
        Assert.Equal(["cityMeetingOn"], Fields(error));
        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.GuilinBureau, guilinFirst.Id)).Status);
    }

    [Fact]
    public async Task GX_12_previous_round_summary_required_except_first_consultation()
    {
        var clock = ProposalsHost.InQ1();
        await using var host = await ProposalsHost.StartAsync(clock);
        await host.SelectedRound2025Async();
        clock.SetDate(2026, 2, 10);
        var call = await host.OpenCallAsync(2026);
        var nanning = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id, r => r.PreviousRoundSummary = "", "2026-06-18");
        var guilinFirst = await host.DraftAsync(ProposalsHost.GuilinBureau, call.Id, r => r.PreviousRoundSummary = "", "2026-06-18");

        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, nanning.Id));

        AssertProblem(error, StatusCode.InvalidArgument, "validation", "GX-12");
        Assert.Equal(["previousRoundSummary"], Fields(error));
        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.GuilinBureau, guilinFirst.Id)).Status);
    }

    [Fact]
    public async Task HB_19_previous_round_summary_required_except_first()
    {
        await using var host = await ProposalsHost.StartAsync();
        var round2025 = await host.OpenCallAsync(2025, ProposalsHost.HebeiPlanning);
        var earlier = await host.DraftAsync(ProposalsHost.ShijiazhuangBureau, round2025.Id, r => r.Figures = Figures("2.40", "2.30", "8.0", "5.0"));
        await host.SubmitAsync(ProposalsHost.ShijiazhuangBureau, earlier.Id);
        await host.Channel.UnaryAsync(ProposalsApi.Select,
            new SelectProposalsRequest { CallId = round2025.Id, KeyProposalId = earlier.Id }, host.As(ProposalsHost.HebeiPlanning));

        var call = await host.OpenCallAsync(2026, ProposalsHost.HebeiPlanning);
        var noSummary = await host.DraftAsync(ProposalsHost.ShijiazhuangBureau, call.Id, r =>
        {
            r.Figures = Figures("2.40", "2.30", "8.0", "5.0");
            r.PreviousRoundSummary = "";
            r.CityMeetingOn = null;
        }, "2026-06-18");

        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.ShijiazhuangBureau, noSummary.Id));

        // HB-19(一), id HB-19.1, asks for the summary only; the HB seed has no city needs meeting (GX-11).
        AssertProblem(error, StatusCode.InvalidArgument, "validation", "HB-19.1");
        Assert.Equal(["previousRoundSummary"], Fields(error));
    }

    [Fact]
    public void A_jurisdiction_without_a_preparation_section_requires_neither_meeting_nor_summary()
    {
        var catalog = PolicyCatalog.LoadDirectory(PolicyDirectory.FindDefault(AppContext.BaseDirectory)!);
        var gx = catalog.InForce("450000", new DateOnly(2026, 2, 10));
        var without = gx with { Preparation = null };
        var proposal = HuiShang.Proposals.Domain.Proposal.Create(
            new ProposalDraft("t", Guid.NewGuid().ToString(), new DateOnly(2026, 6, 18), null, null, null, [], new ProposalFigures(null, null, null, null)),
            "450100", "450000", "city-bureau@450100", DateTimeOffset.UtcNow);

        FirstConsultationRule.Check(new SubmissionContext(proposal, null!, without, new DateOnly(2026, 2, 10), false, []));

        var error = Assert.Throws<RuleViolationException>(() =>
            FirstConsultationRule.Check(new SubmissionContext(proposal, null!, gx, new DateOnly(2026, 2, 10), false, [])));
        Assert.Equal(("validation", "GX-11"), (error.ProblemType, error.RuleId));
        Assert.Equal(["cityMeetingOn", "previousRoundSummary"], error.FieldErrors.Select(e => e.Key));
    }

    [Fact]
    public async Task GX_21_a_late_older_status_event_does_not_overwrite_newer_state()
    {
        await using var host = await ProposalsHost.StartAsync();
        var projectId = Guid.NewGuid();
        var t0 = DateTimeOffset.UtcNow;
        await PublishAndWaitAsync(host, new JointProjectStatusChanged(projectId, "450100", "new-energy", "动力电池回收示范", "InProgress", true, t0.AddMinutes(1)), 1);

        // Finished at t0+2; then the t0 "InProgress" event arrives late: the project must stay finished.
        await PublishAndWaitAsync(host, new JointProjectStatusChanged(projectId, "450100", "new-energy", "动力电池回收示范", "Accepted", false, t0.AddMinutes(2)), 0);
        await host.Services.GetRequiredService<IBus>().Publish(new JointProjectStatusChanged(projectId, "450100", "new-energy", "动力电池回收示范", "InProgress", true, t0));
        var stale = await Eventually.GetAsync(
            () => host.QueryAsync<ProposalsDbContext, int>(db => db.Set<InboxMessage>().CountAsync()),
            count => count == 3);
        Assert.Equal(3, stale);
        Assert.Equal(0, await host.QueryAsync<ProposalsDbContext, int>(db => db.UnfinishedProjects.CountAsync()));

        // Newer still-unfinished state is not overwritten by an older one either.
        var other = Guid.NewGuid();
        await PublishAndWaitAsync(host, new JointProjectStatusChanged(other, "450100", "bio", "新标题", "Suspended", true, t0.AddMinutes(5)), 1);
        await host.Services.GetRequiredService<IBus>().Publish(new JointProjectStatusChanged(other, "450100", "bio", "旧标题", "InProgress", true, t0.AddMinutes(4)));
        await Eventually.GetAsync(
            () => host.QueryAsync<ProposalsDbContext, int>(db => db.Set<InboxMessage>().CountAsync()),
            count => count == 5);
        var held = await host.QueryAsync<ProposalsDbContext, UnfinishedProject>(db => db.UnfinishedProjects.SingleAsync(p => p.ProjectId == other));
        Assert.Equal(("Suspended", "新标题"), (held.Status, held.Title));
    }

    [Fact]
    public async Task GX_21_field_blocked_by_unfinished_projects()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var projectId = Guid.NewGuid();
        await PublishAndWaitAsync(host, new JointProjectStatusChanged(projectId, "450100", "new-energy", "动力电池回收示范", "InProgress", true, DateTimeOffset.UtcNow), 1);

        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id));

        AssertProblem(error, StatusCode.FailedPrecondition, "field-blocked", "GX-21");
        Assert.Contains("new-energy", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("动力电池回收示范", error.Status.Detail, StringComparison.Ordinal);

        await PublishAndWaitAsync(host, new JointProjectStatusChanged(projectId, "450100", "new-energy", "动力电池回收示范", "Accepted", false, DateTimeOffset.UtcNow), 0);
        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id)).Status);
    }

    [Fact]
    public async Task HB_11_13_not_eligible_without_rising_figures()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync(2025, ProposalsHost.HebeiPlanning);
        Assert.Equal("2025-12-31", call.ClosesOn.Text());
        var missing = await host.DraftAsync(ProposalsHost.ShijiazhuangBureau, call.Id);
        var missingError = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.ShijiazhuangBureau, missing.Id));
        AssertProblem(missingError, StatusCode.InvalidArgument, "validation", "HB-13");
        Assert.Contains("figures.rdGdpRatio", Fields(missingError));

        var falling = await host.DraftAsync(ProposalsHost.ShijiazhuangBureau, call.Id, r => r.Figures = Figures("2.10", "2.30", "8.0", "5.0"));
        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.ShijiazhuangBureau, falling.Id));
        AssertProblem(error, StatusCode.FailedPrecondition, "not-eligible", "HB-13");
        Assert.Contains("R&D/GDP", error.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("fiscal", error.Status.Detail, StringComparison.Ordinal);

        var eligible = await host.DraftAsync(ProposalsHost.ShijiazhuangBureau, call.Id, r => r.Figures = Figures("2.40", "2.30", "8.0", "5.0"));
        var submitted = await host.SubmitAsync(ProposalsHost.ShijiazhuangBureau, eligible.Id);
        Assert.Equal("Submitted", submitted.Status);
        Assert.Equal("hb/2019-01-01", submitted.PolicyVersion);
    }

    private static EligibilityFigures Figures(string ratio, string previous, string spending, string revenue) => new()
    {
        RdGdpRatio = ratio,
        RdGdpRatioPrevious = previous,
        FiscalStSpendingGrowth = spending,
        RegularRevenueGrowth = revenue,
    };

    private static async Task PublishAndWaitAsync(ServiceHost host, JointProjectStatusChanged message, int expected)
    {
        await host.Services.GetRequiredService<IBus>().Publish(message);
        var count = await Eventually.GetAsync(
            () => host.QueryAsync<ProposalsDbContext, int>(db => db.UnfinishedProjects.CountAsync()),
            count => count == expected);
        Assert.Equal(expected, count);
    }
}
