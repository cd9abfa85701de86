using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Data;
using Grpc.Core;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>No step is dated before the record it follows: approval after registration, steps and money after approval.</summary>
public sealed class StepDateTests
{
    [Fact]
    public async Task XJ41_approval_before_registration_is_refused_and_changes_nothing()
    {
        var (host, project) = await RegisteredOnJuneFirstAsync();
        await using var _ = host;
        var events = (await host.OutboxAsync()).Count;

        var early = await RefusedAsync(() => host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-05-31"));

        AssertProblem(early, StatusCode.InvalidArgument, "validation");
        Assert.Equal(["approvedOn"], Fields(early));
        var stored = await host.Channel.UnaryAsync(FundingApi.Get, new GetProjectRequest { Id = project.Id }, host.As(Users.UrumqiBureau));
        Assert.Equal(("Applied", 1L, ""), (stored.Status, stored.Version, stored.ApprovedOn.Text()));
        Assert.Equal(events, (await host.OutboxAsync()).Count);
        Assert.Equal("2025-06-01", (await host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-06-01")).ApprovedOn.Text());
    }

    [Fact]
    public async Task XJ41_steps_and_disbursements_before_approval_are_refused_and_change_nothing()
    {
        var (host, project) = await RegisteredOnJuneFirstAsync();
        await using var _ = host;
        await host.ApproveAsync(Users.XinjiangPlanning, project.Id, "2025-06-03");
        var events = (await host.OutboxAsync()).Count;

        var step = await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Implementation", on: "2025-06-02"));
        var terminate = await RefusedAsync(() => host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Terminated", "撤项", on: "2025-06-02"));
        var money = await RefusedAsync(() => host.RecordAsync(Users.XinjiangPlanning, project.Id, "upper", "arrived", "10.00", "2025-06-02"));

        foreach (var error in new[] { step, terminate, money })
        {
            AssertProblem(error, StatusCode.InvalidArgument, "validation");
            Assert.Equal(["on"], Fields(error));
        }

        var stored = await host.Channel.UnaryAsync(FundingApi.Get, new GetProjectRequest { Id = project.Id }, host.As(Users.UrumqiBureau));
        Assert.Equal(("Approved", 2L), (stored.Status, stored.Version));
        Assert.Equal(0, await host.QueryAsync<FundingDbContext, int>(db => db.Disbursements.CountAsync()));
        Assert.Equal(events, (await host.OutboxAsync()).Count);
        Assert.Equal("10.00", (await host.RecordAsync(Users.XinjiangPlanning, project.Id, "upper", "arrived", "10.00", "2025-06-03")).Source("upper").Arrived.Text());
        Assert.Equal("Implementation", (await host.AdvanceAsync(Users.XinjiangPlanning, project.Id, "Implementation", on: "2025-06-03")).Status);
    }

    /// <summary>A host whose project was registered on 2025-06-01 and whose clock now reads 2025-06-05.</summary>
    private static async Task<(ServiceHost Host, Project Project)> RegisteredOnJuneFirstAsync()
    {
        var clock = FakeClock.On(2025, 6, 1);
        var host = await FundingHost.StartAsync(clock);
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var project = await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650102");
        clock.SetDate(2025, 6, 5);
        return (host, project);
    }
}
