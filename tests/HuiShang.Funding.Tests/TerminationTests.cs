using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>GX-18 on termination: only the upper support that has not arrived goes back to the envelope.</summary>
public sealed class TerminationTests
{
    [Fact]
    public async Task GX18_termination_keeps_arrived_upper_money_committed_against_the_cap()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        var project = await host.RegisterAsync(Users.NanningBureau, agreement, "15000000.00");
        await host.ApproveAsync(Users.GuangxiPlanning, project.Id);
        await host.RecordAsync(Users.GuangxiPlanning, project.Id, "upper", "arrived", "2000000.00");

        await host.AdvanceAsync(Users.GuangxiPlanning, project.Id, "Terminated", "项目承担单位退出");

        var envelope = await host.EnvelopeAsync(Users.NanningBureau, agreement);
        Assert.Equal(("2000000.00", "18000000.00", 0), (envelope.Committed.Text(), envelope.Remaining.Text(), envelope.ProjectCount));
        // The paid 2,000,000 was not released: a registration needing it is over the cap.
        AssertProblem(await RefusedAsync(() => host.RegisterAsync(Users.NanningBureau, agreement, "18000000.01")), StatusCode.FailedPrecondition, "cap-exceeded", "GX-18");
        Assert.Equal("Applied", (await host.RegisterAsync(Users.NanningBureau, agreement, "18000000.00")).Status);

        var history = await host.Channel.UnaryAsync(FundingApi.History, new GetProjectHistoryRequest { Id = project.Id }, host.As(Users.NanningBureau));
        var terminate = history.Entries.Single(e => e.Action == "terminate");
        Assert.Contains("releases 13000000.00 of upper support 15000000.00", terminate.Detail, StringComparison.Ordinal);
        Assert.Contains("2000000.00 upper arrived stays committed", terminate.Detail, StringComparison.Ordinal);
    }
}
