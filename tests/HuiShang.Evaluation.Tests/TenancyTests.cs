using Grpc.Core;
using HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Tests;

/// <summary>api.md tenancy as for agreements: a city sees its own, a division what it owns, experts read only; the rest is not found.</summary>
public sealed class TenancyTests
{
    [Fact]
    public async Task Another_city_a_district_and_another_jurisdiction_do_not_find_the_plan()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await host.SignAsync();

        foreach (var user in new[] { Users.LiuzhouBureau, Users.Tianshan, Users.HebeiPlanning })
        {
            Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.ViewAsync(id, user))).StatusCode);
            var list = await host.Channel.UnaryAsync(TrackingApi.List, new ListTrackingRequest(), host.As(user));
            Assert.Empty(list.Items);
        }

        var view = await host.ViewAsync(id, Users.NanningBureau);
        var liuzhou = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.LiuzhouBureau)));
        Assert.Equal(StatusCode.NotFound, liuzhou.StatusCode);
    }

    [Fact]
    public async Task Experts_and_leaders_read_but_do_not_file()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await host.SignAsync();
        var view = await host.ViewAsync(id, Users.GuangxiExpert);

        foreach (var user in new[] { Users.GuangxiExpert, Users.NanningLeader, Users.GuangxiPlanning })
        {
            var error = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(user)));
            Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        }
    }

    [Fact]
    public async Task A_division_sees_only_plans_with_items_assigned_to_it_and_not_the_citys_filings()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await host.SignAsync();
        var province = (await host.ViewAsync(id, Users.GuangxiPlanning)).Items[1].Id;

        var before = await RefusedAsync(() => host.ViewAsync(id, Users.HighTech));
        var assign = new AssignItemsRequest { AgreementId = id };
        assign.Assignments.Add(new ItemAssignment { ItemId = province, Division = "high-tech" });
        await host.Channel.UnaryAsync(TrackingApi.Assign, assign, host.As(Users.GuangxiPlanning));
        var after = await host.ViewAsync(id, Users.HighTech);
        var other = await RefusedAsync(() => host.ViewAsync(id, Users.Agriculture));
        var filings = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.ListFilings, new ListFilingsRequest { AgreementId = id }, host.As(Users.HighTech)));

        Assert.Equal(StatusCode.NotFound, before.StatusCode);
        Assert.Equal([province], after.Items.Select(i => i.Id));
        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        Assert.Equal(StatusCode.NotFound, filings.StatusCode);
    }

    [Fact]
    public async Task The_history_is_hash_chained_and_verifiable_by_admins_only()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var id = await host.SignAsync();
        var view = await host.ViewAsync(id, Users.NanningBureau);
        await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.NanningBureau));
        var history = await host.Channel.UnaryAsync(TrackingApi.History, new GetTrackingHistoryRequest { AgreementId = id }, host.As(Users.GuangxiPlanning));

        Assert.Equal(["open", "file-ledger"], history.Entries.Select(e => e.Action));
        await HistoryTampering.AssertReportedAsync<HuiShang.Evaluation.Data.EvaluationDbContext>(host, TrackingApi.VerifyHistory, "tracking_history", id, history.Entries);
        await HistoryTampering.AssertAdminOnlyAsync(host, TrackingApi.VerifyHistory, Users.GuangxiPlanning);
    }
}
