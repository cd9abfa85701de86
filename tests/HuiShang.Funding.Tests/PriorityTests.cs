using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>ListPriority: XJ-4.2 ranking by the matching ratio offered, for province roles of the jurisdiction.</summary>
public sealed class PriorityTests
{
    [Fact]
    public async Task XJ42_projects_ranked_by_offered_ratio_then_registration()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var plain = await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000000.00", "650102");
        var generous = await host.RegisterAsync(Users.UrumqiBureau, agreement, "2000000.00", "650109", "1.5");
        var firstOfPair = await host.RegisterAsync(Users.Tianshan, agreement, "500000.00", ratio: "1.25");
        var secondOfPair = await host.RegisterAsync(Users.Tianshan, agreement, "400000.00", ratio: "1.25");
        var terminated = await host.RegisterAsync(Users.UrumqiBureau, agreement, "900000.00", "650107", "3");
        await host.AdvanceAsync(Users.XinjiangPlanning, terminated.Id, "Terminated", "撤项");

        var reply = await host.Channel.UnaryAsync(FundingApi.Priority, new ListPriorityRequest { AgreementId = agreement.ToString() }, host.As(Users.XinjiangDirector));

        Assert.Equal([generous.Id, firstOfPair.Id, secondOfPair.Id, plain.Id], reply.Entries.Select(e => e.Project.Id));
        Assert.Equal([1, 2, 3, 4], reply.Entries.Select(e => e.Rank));
        Assert.Equal(["1.5", "1.25", "1.25", "1"], reply.Entries.Select(e => e.MatchRatio));
        Assert.Equal(["3000000.00", "625000.00", "500000.00", "1000000.00"], reply.Entries.Select(e => e.CityMatch.Text()));
        Assert.Equal("XJ-4.2", reply.RuleId);
        Assert.Contains("earlier registration", reply.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XJ42_without_the_rule_the_order_is_registration_and_says_so()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        var first = await host.RegisterAsync(Users.NanningBureau, agreement, "3000000.00");
        var second = await host.RegisterAsync(Users.NanningBureau, agreement, "1000000.00");

        var reply = await host.Channel.UnaryAsync(FundingApi.Priority, new ListPriorityRequest { AgreementId = agreement.ToString() }, host.As(Users.GuangxiPlanning));

        Assert.Equal([first.Id, second.Id], reply.Entries.Select(e => e.Project.Id));
        Assert.Equal("", reply.RuleId);
        Assert.Contains("registration order", reply.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XJ42_priority_is_for_province_roles_of_the_jurisdiction()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        var request = new ListPriorityRequest { AgreementId = agreement.ToString() };

        var city = await RefusedAsync(() => host.Channel.UnaryAsync(FundingApi.Priority, request, host.As(Users.UrumqiBureau)));
        var otherProvince = await RefusedAsync(() => host.Channel.UnaryAsync(FundingApi.Priority, request, host.As(Users.GuangxiPlanning)));

        Assert.Equal(StatusCode.PermissionDenied, city.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherProvince.StatusCode);
    }
}
