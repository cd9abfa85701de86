using System.Text.Json;
using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>Applied → Approved → Implementation → MidTermCheck → Accepted, or Terminated; audit and events per step.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task XJ41_full_lifecycle_audits_every_step_and_stages_its_events()
    {
        await using var host = await FundingHost.StartAsync();
        var project = await host.ApprovedTianshanAsync();
        await host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Implementation");
        await host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "MidTermCheck");
        var accepted = await host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Accepted", mode: "review");

        Assert.Equal(("Accepted", false, 5L, "2025-06-02", "acceptance: review"), (accepted.Status, accepted.Unfinished, accepted.Version, accepted.ClosedOn.Text(), accepted.ClosingNote));
        Assert.Equal(
            ["ProjectRegistered", "JointProjectStatusChanged", "ProjectApproved", "JointProjectStatusChanged", "JointProjectStatusChanged",
             "JointProjectStatusChanged", "ProjectAccepted", "JointProjectStatusChanged"],
            await host.EventNamesAsync());
        var statuses = (await host.OutboxAsync()).Where(m => m.MessageType.EndsWith("JointProjectStatusChanged", StringComparison.Ordinal))
            .Select(m => JsonDocument.Parse(m.Body).RootElement).Select(e => (e.GetProperty("status").GetString(), e.GetProperty("unfinished").GetBoolean(), e.GetProperty("regionCode").GetString()))
            .ToList();
        Assert.Equal([("Applied", true, "650100"), ("Approved", true, "650100"), ("Implementation", true, "650100"), ("MidTermCheck", true, "650100"), ("Accepted", false, "650100")], statuses);

        var history = await host.Channel.UnaryAsync(FundingApi.History, new GetProjectHistoryRequest { Id = project.Id }, host.As(Users.Tianshan));
        Assert.Equal(["register", "approve", "implement", "mid-term-check", "accept"], history.Entries.Select(e => e.Action));
        Assert.Equal([1L, 2, 3, 4, 5], history.Entries.Select(e => e.Version));
        Assert.Equal(["", "Applied", "Approved", "Implementation", "MidTermCheck"], history.Entries.Select(e => e.FromStatus));
        Assert.All(history.Entries, e => Assert.False(string.IsNullOrEmpty(e.By)));
    }

    [Fact]
    public async Task XJ41_invalid_transitions_are_invalid_state_and_change_nothing()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var applied = await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650102");
        var events = (await host.OutboxAsync()).Count;

        foreach (var to in new[] { "Implementation", "MidTermCheck", "Accepted" })
        {
            AssertProblem(await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, applied.Id, to)), StatusCode.FailedPrecondition, "invalid-state");
        }

        var approved = await host.ApproveAsync(Users.XinjiangPlanning, applied.Id);
        AssertProblem(await RefusedAsync(() => host.ApproveAsync(Users.XinjiangPlanning, applied.Id)), StatusCode.FailedPrecondition, "invalid-state");
        await host.AdvanceAsync(Users.XinjiangPlanning, applied.Id, "Terminated", "地方配套资金未落实");
        AssertProblem(await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, applied.Id, "Terminated", "again")), StatusCode.FailedPrecondition, "invalid-state");
        AssertProblem(await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, applied.Id, "Implementation")), StatusCode.FailedPrecondition, "invalid-state");

        var error = await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, applied.Id, "Approved"));
        Assert.Equal(["toStatus"], Fields(error));
        Assert.Equal(events + 4, (await host.OutboxAsync()).Count);
        Assert.Equal(2L, approved.Version);
    }

    [Fact]
    public async Task XJ41_stale_expected_version_is_a_concurrency_conflict()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var project = await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650102");

        var stale = await RefusedAsync(() => host.ApproveAsync(Users.XinjiangPlanning, project.Id, expectedVersion: 7));
        AssertProblem(stale, StatusCode.Aborted, "concurrency-conflict");
        var approved = await host.ApproveAsync(Users.XinjiangPlanning, project.Id, expectedVersion: 1);
        AssertProblem(await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Implementation", expectedVersion: 1)), StatusCode.Aborted, "concurrency-conflict");
        Assert.Equal("Implementation", (await host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Implementation", expectedVersion: approved.Version)).Status);
    }

    [Fact]
    public async Task GX18_termination_needs_a_reason_and_releases_the_upper_support()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        var first = await host.RegisterAsync(Users.NanningBureau, agreement, "15000000.00");
        AssertProblem(await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, agreement, "6000000.00")), StatusCode.FailedPrecondition, "cap-exceeded", "GX-18");

        var noReason = await RefusedAsync(() => host.AdvanceAsync(Users.GuangxiPlanning, first.Id, "Terminated", " "));
        Assert.Equal(["reason"], Fields(noReason));
        var terminated = await host.AdvanceAsync(Users.GuangxiPlanning, first.Id, "Terminated", "项目承担单位退出");

        Assert.Equal(("Terminated", false, "项目承担单位退出"), (terminated.Status, terminated.Unfinished, terminated.ClosingNote));
        var envelope = await host.EnvelopeAsync(Users.NanningBureau, agreement);
        Assert.Equal(("0.00", "20000000.00", 0), (envelope.Committed.Text(), envelope.Remaining.Text(), envelope.ProjectCount));
        Assert.Equal("Applied", (await host.RegisterAsync(Users.NanningBureau, agreement, "6000000.00")).Status);
        Assert.Contains("ProjectTerminated", await host.EventNamesAsync());
    }

    [Fact]
    public async Task GY9_acceptance_mode_must_be_one_the_plans_profile_allows()
    {
        using var policies = CustomPolicies.WithNarrowGy();
        await using var host = await FundingHost.StartAsync(policiesDirectory: policies.Path);
        var agreement = await host.SignAsync("510802", "510800");
        var project = await host.RegisterAsync(Users.LizhouBureau, agreement, "1000.00");
        await host.ApproveAsync(Users.GuangyuanPlanning, project.Id);
        await host.AdvanceAsync(Users.GuangyuanPlanning, project.Id, "Implementation");
        await host.AdvanceAsync(Users.GuangyuanPlanning, project.Id, "MidTermCheck");

        var self = await RefusedAsync(() => host.AdvanceAsync(Users.GuangyuanPlanning, project.Id, "Accepted", mode: "self"));
        var unknown = await RefusedAsync(() => host.AdvanceAsync(Users.GuangyuanPlanning, project.Id, "Accepted", mode: "by-fax"));
        var accepted = await host.AdvanceAsync(Users.GuangyuanPlanning, project.Id, "Accepted", mode: "review");

        AssertProblem(self, StatusCode.InvalidArgument, "validation", "GY-9");
        Assert.Equal(["acceptanceMode"], Fields(self));
        Assert.Equal(["acceptanceMode"], Fields(unknown));
        Assert.Equal("acceptance: review", accepted.ClosingNote);
    }

    [Fact]
    public async Task XJ41_dates_in_the_future_are_refused()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var project = await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650102");

        var future = await RefusedAsync(() => host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-06-03"));
        var malformed = await RefusedAsync(() => host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-06-31"));

        Assert.Equal(["approvedOn"], Fields(future));
        Assert.Equal(["approvedOn"], Fields(malformed));
        Assert.Equal("Applied", (await host.Channel.UnaryAsync(FundingApi.Get, new GetProjectRequest { Id = project.Id }, host.As(Users.UrumqiBureau))).Status);
    }
}
