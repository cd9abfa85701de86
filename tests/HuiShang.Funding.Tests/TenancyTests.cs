using HuiShang.Contracts.Funding.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>api.md tenancy per RPC: province its jurisdiction, city its city, a district its own district; others NOT_FOUND.</summary>
public sealed class TenancyTests
{
    // Experts read their jurisdiction's projects (they evaluate the implementation, GX-20 / HB-22) but change nothing.
    private static readonly string[] Readers = [Users.XinjiangPlanning, Users.XinjiangDirector, "expert.1@650000", Users.UrumqiBureau, Users.UrumqiLeader, Users.UrumqiSystem];

    private static readonly string[] Outsiders = [Users.GuangxiPlanning, Users.NanningBureau, Users.Admin, Users.GuangxiExpert];

    [Fact]
    public async Task XJ41_each_read_rpc_answers_the_projects_tenants_and_not_found_to_others()
    {
        await using var host = await FundingHost.StartAsync();
        var (tianshan, saybagh) = await TwoDistrictProjectsAsync(host);

        foreach (var user in Readers.Append(Users.Tianshan))
        {
            await AssertReadableAsync(host, user, tianshan.Id);
        }

        foreach (var user in Outsiders.Append(Users.Saybagh).Append(Users.Midong))
        {
            await AssertNotFoundAsync(host, user, tianshan.Id);
        }

        await AssertReadableAsync(host, Users.Saybagh, saybagh.Id);
        await AssertNotFoundAsync(host, Users.Tianshan, Guid.NewGuid().ToString());
        await AssertNotFoundAsync(host, Users.Tianshan, "not-an-id");
    }

    [Fact]
    public async Task XJ41_a_district_lists_its_own_projects_only()
    {
        await using var host = await FundingHost.StartAsync();
        var (tianshan, saybagh) = await TwoDistrictProjectsAsync(host);

        async Task<List<string>> ListAsync(string user, string status = "") =>
            (await host.Channel.UnaryAsync(FundingApi.List, new ListProjectsRequest { AgreementId = tianshan.AgreementId, Status = status }, host.As(user)))
            .Projects.Select(p => p.Id).ToList();

        Assert.Equal([tianshan.Id], await ListAsync(Users.Tianshan));
        Assert.Equal([saybagh.Id], await ListAsync(Users.Saybagh));
        Assert.Equal([tianshan.Id, saybagh.Id], await ListAsync(Users.UrumqiLeader));
        Assert.Equal([tianshan.Id, saybagh.Id], await ListAsync(Users.XinjiangDirector, "Applied"));
        Assert.Empty(await ListAsync(Users.XinjiangDirector, "Approved"));
        Assert.Empty(await ListAsync(Users.NanningBureau));
        Assert.Empty(await ListAsync(Users.GuangxiPlanning));
        Assert.Equal(["status"], Fields(await RefusedAsync(() => ListAsync(Users.Tianshan, "Done"))));
    }

    [Fact]
    public async Task XJ41_changes_are_for_their_roles_and_tenants_only()
    {
        await using var host = await FundingHost.StartAsync();
        var (tianshan, _) = await TwoDistrictProjectsAsync(host);

        Assert.Equal(StatusCode.PermissionDenied, (await RefusedAsync(() => host.ApproveAsync(Users.UrumqiBureau, tianshan.Id))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await RefusedAsync(() => host.ApproveAsync(Users.XinjiangDirector, tianshan.Id))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await RefusedAsync(() => host.ApproveAsync("expert.1@650000", tianshan.Id))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.ApproveAsync(Users.GuangxiPlanning, tianshan.Id))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.AdvanceAsync(Users.GuangxiPlanning, tianshan.Id, "Terminated", "x"))).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await RefusedAsync(() => host.RegisterAsync(Users.UrumqiLeader, Guid.Parse(tianshan.AgreementId), "1.00", "650102"))).StatusCode);
        Assert.Equal("Applied", (await host.Channel.UnaryAsync(FundingApi.Get, new GetProjectRequest { Id = tianshan.Id }, host.As(Users.Tianshan))).Status);
    }

    private static async Task<(Project Tianshan, Project Saybagh)> TwoDistrictProjectsAsync(ServiceHost host)
    {
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        return (await host.RegisterAsync(Users.Tianshan, agreement, "1000.00"), await host.RegisterAsync(Users.Saybagh, agreement, "2000.00"));
    }

    private static async Task AssertReadableAsync(ServiceHost host, string user, string id)
    {
        var request = new GetProjectRequest { Id = id };
        Assert.Equal(id, (await host.Channel.UnaryAsync(FundingApi.Get, request, host.As(user))).Id);
        Assert.Equal(id, (await host.PlanAsync(user, id)).ProjectId);
        Assert.Equal(id, (await host.Channel.UnaryAsync(FundingApi.Disbursements, request, host.As(user))).ProjectId);
        Assert.NotEmpty((await host.Channel.UnaryAsync(FundingApi.History, new GetProjectHistoryRequest { Id = request.Id }, host.As(user))).Entries);
    }

    private static async Task AssertNotFoundAsync(ServiceHost host, string user, string id)
    {
        var request = new GetProjectRequest { Id = id };
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.Channel.UnaryAsync(FundingApi.Get, request, host.As(user)))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.PlanAsync(user, id))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.Channel.UnaryAsync(FundingApi.Disbursements, request, host.As(user)))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.Channel.UnaryAsync(FundingApi.History, new GetProjectHistoryRequest { Id = request.Id }, host.As(user)))).StatusCode);
    }
}
