using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>XJ-4.2 plans through the service: provisional before approval, fixed at approval with the profile in force on its date.</summary>
public sealed class PlanTests
{
    [Fact]
    public async Task XJ42_worked_example_tianshan_plan_fixed_at_approval()
    {
        var clock = FakeClock.On(2025, 5, 29);
        await using var host = await FundingHost.StartAsync(clock);
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var project = await host.RegisterAsync(Users.UrumqiBureau, agreement, "3000000.00", "650102");

        var provisional = await host.PlanAsync(Users.UrumqiBureau, project.Id);
        Assert.True(provisional.Provisional);
        Assert.Equal("2025-05-29", provisional.PlanDate.Text());

        // Approved later, recorded on 2025-06-02 with the approval's own date.
        clock.SetDate(2025, 6, 2);
        await host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-05-30");
        var plan = await host.PlanAsync(Users.Tianshan, project.Id);

        Assert.False(plan.Provisional);
        Assert.Equal(("2025-05-30", "xj/2023-04-23", "1", "3000000.00", 3, "6000000.00"), (plan.PlanDate.Text(), plan.PolicyVersion, plan.MatchRatio, plan.CityMatch.Text(), plan.DistrictCategory, plan.Total.Text()));
        Assert.Equal(["XJ-4.2"], plan.RuleIds);
        Assert.Equal(("3000000.00", "1800000.00", "1200000.00"), (plan.Share("upper").Amount.Text(), plan.Share("city-level").Amount.Text(), plan.Share("district").Amount.Text()));
        Assert.Contains("half away from zero", plan.Rounding, StringComparison.Ordinal);
        Assert.StartsWith("3000000.00 × 1 × 0.6", plan.Share("city-level").Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XJ42_profile_boundary_old_plans_keep_their_version_new_ones_take_the_new()
    {
        using var policies = CustomPolicies.WithXj2026();
        var clock = FakeClock.On(2025, 12, 31);
        await using var host = await FundingHost.StartAsync(clock, policies.Path);
        var agreement = await host.SignAsync(Users.Urumqi, "650000", signedOn: new DateOnly(2025, 12, 1));
        var before = await host.RegisterAsync(Users.UrumqiBureau, agreement, "3000000.00", "650102");
        var after = await host.RegisterAsync(Users.UrumqiBureau, agreement, "3000000.00", "650102");
        await host.ApproveAsync(Users.XinjiangPlanning, before.Id);

        clock.SetDate(2026, 1, 1);
        await host.ApproveAsync(Users.XinjiangPlanning, after.Id);

        var old = await host.PlanAsync(Users.UrumqiBureau, before.Id);
        var next = await host.PlanAsync(Users.UrumqiBureau, after.Id);
        Assert.Equal(("xj/2023-04-23", "2025-12-31", "3000000.00", "1800000.00", "1200000.00"),
            (old.PolicyVersion, old.PlanDate.Text(), old.CityMatch.Text(), old.Share("city-level").Amount.Text(), old.Share("district").Amount.Text()));
        Assert.Equal(("xj/2026-01-01", "2026-01-01", "1.5", "4500000.00", "3600000.00", "900000.00"),
            (next.PolicyVersion, next.PlanDate.Text(), next.MatchRatio, next.CityMatch.Text(), next.Share("city-level").Amount.Text(), next.Share("district").Amount.Text()));
        Assert.Equal("xj/2023-04-23", (await host.Channel.UnaryAsync(FundingApi.Get, new GetProjectRequest { Id = before.Id }, host.As(Users.UrumqiBureau))).PolicyVersion);
    }

    [Fact]
    public async Task XJ42_no_policy_in_force_on_2026_01_01_refuses_approval_and_changes_nothing()
    {
        var clock = FakeClock.On(2025, 12, 31);
        await using var host = await FundingHost.StartAsync(clock);
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var project = await host.RegisterAsync(Users.UrumqiBureau, agreement, "3000000.00", "650102");
        var events = (await host.OutboxAsync()).Count;

        clock.SetDate(2026, 1, 1);
        var error = await RefusedAsync(() => host.ApproveAsync(Users.XinjiangPlanning, project.Id));

        AssertProblem(error, StatusCode.FailedPrecondition, "no-policy-in-force");
        Assert.Contains("650000", error.Status.Detail, StringComparison.Ordinal);
        var stored = await host.Channel.UnaryAsync(FundingApi.Get, new GetProjectRequest { Id = project.Id }, host.As(Users.UrumqiBureau));
        Assert.Equal(("Applied", 1L, ""), (stored.Status, stored.Version, stored.ApprovedOn.Text()));
        Assert.Equal(events, (await host.OutboxAsync()).Count);

        // The day before the plan ended is still a valid approval date.
        Assert.Equal("xj/2023-04-23", (await host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-12-31")).PolicyVersion);
    }

    [Fact]
    public async Task GX18_plan_without_matching_has_the_upper_share_only()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        var project = await host.RegisterAsync(Users.NanningBureau, agreement, "5000000.00");
        await host.ApproveAsync(Users.GuangxiPlanning, project.Id);

        var plan = await host.PlanAsync(Users.NanningLeader, project.Id);

        Assert.Equal(("gx/2019-01-01", "", "0.00", "5000000.00", "matching not applied by gx/2019-01-01"), (plan.PolicyVersion, plan.MatchRatio, plan.CityMatch.Text(), plan.Total.Text(), plan.Note));
        Assert.Equal(["upper"], plan.Shares.Select(s => s.Source));
    }

    [Fact]
    public async Task XJ42_approval_event_carries_the_fixed_shares()
    {
        await using var host = await FundingHost.StartAsync();
        await host.ApprovedTianshanAsync();

        var approved = (await host.OutboxAsync()).Single(m => m.MessageType.EndsWith(".ProjectApproved", StringComparison.Ordinal));
        var body = System.Text.Json.JsonDocument.Parse(approved.Body).RootElement;
        Assert.Equal((3000000m, 1800000m, 1200000m, "xj/2023-04-23"),
            (body.GetProperty("cityMatch").GetDecimal(), body.GetProperty("cityLevelShare").GetDecimal(), body.GetProperty("districtShare").GetDecimal(), body.GetProperty("policyVersion").GetString()));
    }
}
