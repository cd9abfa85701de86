using HuiShang.Contracts.Events;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Data;
using Grpc.Core;
using HuiShang.Contracts;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>Money per source (domain.md §2.3): arrived within the plan's share, spent within arrived, deadlines and shortfalls (XJ-4.2).</summary>
public sealed class DisbursementTests
{
    [Fact]
    public async Task XJ42_arrivals_and_spending_per_source_with_rate_and_due_date()
    {
        // Registered and approved on 2025-06-01; the money is recorded the next day.
        var clock = FakeClock.On(2025, 6, 1);
        await using var host = await FundingHost.StartAsync(clock);
        var project = await host.ApprovedTianshanAsync(approvedOn: "2025-06-01");
        clock.SetDate(2025, 6, 2);

        await host.RecordAsync(Users.XinjiangPlanning, project.Id, "upper", "arrived", "3000000.00");
        await host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "900000.00", "2025-06-02");
        await host.RecordAsync(Users.Tianshan, project.Id, "district", "arrived", "1200000.00");
        var summary = await host.RecordAsync(Users.Tianshan, project.Id, "district", "spent", "200000.50");

        var cityLevel = summary.Source("city-level");
        Assert.Equal(("1800000.00", "900000.00", "0.00", "0.5000", "2025-08-30", false), (cityLevel.Committed.Text(), cityLevel.Arrived.Text(), cityLevel.Spent.Text(), cityLevel.ArrivalRate, cityLevel.DueOn.Text(), cityLevel.Shortfall));
        var district = summary.Source("district");
        Assert.Equal(("1200000.00", "1200000.00", "200000.50", "1.0000"), (district.Committed.Text(), district.Arrived.Text(), district.Spent.Text(), district.ArrivalRate));
        var upper = summary.Source("upper");
        Assert.Equal(("3000000.00", "", "1.0000"), (upper.Arrived.Text(), upper.DueOn.Text(), upper.ArrivalRate));
        Assert.Equal(4, summary.Entries.Count);
        Assert.Equal(4, (await host.EventNamesAsync()).Count(n => n == nameof(FundsDisbursed)));
    }

    [Fact]
    public async Task XJ42_more_than_the_share_or_spending_more_than_arrived_is_refused_with_the_figures()
    {
        await using var host = await FundingHost.StartAsync();
        var project = await host.ApprovedTianshanAsync();
        await host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "1000000.00");

        var over = await RefusedAsync(() => host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "800000.01"));
        var overspent = await RefusedAsync(() => host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "spent", "1000000.01"));

        AssertProblem(over, StatusCode.InvalidArgument, "validation");
        Assert.Equal(["amount"], Fields(over));
        Assert.Contains("1,000,000.00 of 1,800,000.00 committed has arrived; 800,000.01 more", Assert.Single(over.GetFieldViolations()).Description, StringComparison.Ordinal);
        Assert.Contains("0.00 of 1,000,000.00 arrived is spent; 1,000,000.01 more", Assert.Single(overspent.GetFieldViolations()).Description, StringComparison.Ordinal);
        Assert.Equal("1800000.00", (await host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "800000.00")).Source("city-level").Arrived.Text());
        Assert.Equal(2, await host.QueryAsync<FundingDbContext, int>(db => db.Disbursements.CountAsync()));
    }

    [Fact]
    public async Task XJ42_fen_sums_stay_exact()
    {
        await using var host = await FundingHost.StartAsync();
        var project = await host.ApprovedTianshanAsync("0.30");

        // 0.30 × 1 × 0.6 = 0.18 city level; 0.1 + 0.2 arrives for upper: exactly 0.30, not 0.30000000000000004.
        await host.RecordAsync(Users.XinjiangPlanning, project.Id, "upper", "arrived", "0.10");
        var summary = await host.RecordAsync(Users.XinjiangPlanning, project.Id, "upper", "arrived", "0.20");
        Assert.Equal(("0.30", "1.0000"), (summary.Source("upper").Arrived.Text(), summary.Source("upper").ArrivalRate));
        await host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "0.17");
        var city = await host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "0.01");
        Assert.Equal(("0.18", "0.18"), (city.Source("city-level").Committed.Text(), city.Source("city-level").Arrived.Text()));
        AssertProblem(await RefusedAsync(() => host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "0.01")), StatusCode.InvalidArgument, "validation");

        var stored = await host.QueryAsync<FundingDbContext, List<decimal>>(db => db.Disbursements.Select(d => d.Amount).ToListAsync());
        Assert.Equal(0.48m, stored.Sum());
    }

    [Fact]
    public async Task XJ42_who_records_which_source()
    {
        await using var host = await FundingHost.StartAsync();
        var project = await host.ApprovedTianshanAsync();

        var cityUpper = await RefusedAsync(() => host.RecordAsync(Users.UrumqiBureau, project.Id, "upper", "arrived", "1.00"));
        var districtCity = await RefusedAsync(() => host.RecordAsync(Users.Tianshan, project.Id, "city-level", "arrived", "1.00"));
        var leader = await RefusedAsync(() => host.RecordAsync(Users.UrumqiLeader, project.Id, "city-level", "arrived", "1.00"));
        var otherDistrict = await RefusedAsync(() => host.RecordAsync(Users.Saybagh, project.Id, "district", "arrived", "1.00"));
        var otherProvince = await RefusedAsync(() => host.RecordAsync(Users.GuangxiPlanning, project.Id, "upper", "arrived", "1.00"));

        Assert.Equal(StatusCode.PermissionDenied, cityUpper.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, districtCity.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, leader.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherDistrict.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherProvince.StatusCode);
        Assert.Equal(0, await host.QueryAsync<FundingDbContext, int>(db => db.Disbursements.CountAsync()));
    }

    [Fact]
    public async Task XJ42_disbursements_only_on_approved_open_projects_and_bad_input_is_validation()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var applied = await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650102");
        var approved = await host.ApprovedTianshanAsync();

        AssertProblem(await RefusedAsync(() => host.RecordAsync(Users.XinjiangPlanning, applied.Id, "upper", "arrived", "1.00")), StatusCode.FailedPrecondition, "invalid-state");
        var bad = await RefusedAsync(() => host.Channel.UnaryAsync(FundingApi.Record,
            new RecordDisbursementRequest { ProjectId = approved.Id, Source = "province", Kind = "promised", Amount = Wire.Yuan("1.001"), On = Wire.Date("2025-06-03") }, host.As(Users.XinjiangPlanning)));
        Assert.Equal(["amount", "kind", "on", "source"], Fields(bad));

        await host.AdvanceAsync(Users.XinjiangPlanning, approved.Id, "Terminated", "撤项");
        AssertProblem(await RefusedAsync(() => host.RecordAsync(Users.XinjiangPlanning, approved.Id, "upper", "arrived", "1.00")), StatusCode.FailedPrecondition, "invalid-state");
        Assert.Equal(0, await host.QueryAsync<FundingDbContext, int>(db => db.Disbursements.CountAsync()));
    }

    [Fact]
    public async Task XJ42_shortfall_after_the_deadline_is_flagged_and_published_once_per_source()
    {
        var clock = FakeClock.On(2025, 6, 1);
        await using var host = await FundingHost.StartAsync(clock);
        var published = await PublishedEvents<MatchingShortfallDetected>.ConnectAsync(host.Services);
        var project = await host.ApprovedTianshanAsync(approvedOn: "2025-06-01");
        await host.RecordAsync(Users.UrumqiBureau, project.Id, "city-level", "arrived", "1800000.00");
        await host.RecordAsync(Users.Tianshan, project.Id, "district", "arrived", "600000.00");

        clock.SetDate(2025, 8, 30);
        Assert.Equal(0, await host.ScanAsync());
        Assert.False((await host.Channel.UnaryAsync(FundingApi.Disbursements, new GetProjectRequest { Id = project.Id }, host.As(Users.Tianshan))).Source("district").Shortfall);

        clock.SetDate(2025, 8, 31);
        Assert.Equal(1, await host.ScanAsync());
        Assert.Equal(0, await host.ScanAsync());
        var summary = await host.Channel.UnaryAsync(FundingApi.Disbursements, new GetProjectRequest { Id = project.Id }, host.As(Users.Tianshan));
        Assert.Equal((true, false, "0.5000"), (summary.Source("district").Shortfall, summary.Source("city-level").Shortfall, summary.Source("district").ArrivalRate));

        var received = await Eventually.GetAsync(() => Task.FromResult(published.Received), r => r.Count > 0);
        var alert = Assert.Single(received).Message;
        Assert.Equal(("district", 1200000m, 600000m, new DateOnly(2025, 8, 30), "XJ-4.2", "650102"),
            (alert.Source, alert.Committed, alert.Arrived, alert.DueOn, alert.RuleId, alert.DistrictCode));
        await Task.Delay(500);
        Assert.Single(published.Received);
    }
}
