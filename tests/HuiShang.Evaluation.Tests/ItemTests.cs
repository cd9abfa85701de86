using Grpc.Core;
using HuiShang.Contracts.Evaluation.V1;
using HuiShang.Contracts.Events;

namespace HuiShang.Evaluation.Tests;

/// <summary>GX-19 任务分工 and items finishing, through the real host: assigned, done, accepted, Fulfilled.</summary>
public sealed class ItemTests
{
    [Fact]
    public async Task GX_18_items_done_by_their_owners_and_accepted_by_planning_fulfil_the_agreement()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 11, 1));
        var id = await host.SignAsync();
        var view = await host.ViewAsync(id, Users.GuangxiPlanning);
        var (city, province) = (view.Items[0].Id, view.Items[1].Id);
        var assign = new AssignItemsRequest { AgreementId = id };
        assign.Assignments.Add(new ItemAssignment { ItemId = province, Division = "high-tech" });

        await host.Channel.UnaryAsync(TrackingApi.Assign, assign, host.As(Users.GuangxiPlanning));
        await host.Channel.UnaryAsync(TrackingApi.Done, new MarkItemDoneRequest { AgreementId = id, ItemId = city, Evidence = "示范线验收报告" }, host.As(Users.NanningBureau));
        var divisionView = await host.Channel.UnaryAsync(TrackingApi.Done,
            new MarkItemDoneRequest { AgreementId = id, ItemId = province, Evidence = "实验室获批文件" }, host.As(Users.HighTech));
        await host.Channel.UnaryAsync(TrackingApi.Review, new ReviewItemRequest { AgreementId = id, ItemId = city, Accept = true }, host.As(Users.GuangxiPlanning));
        var fulfilled = await host.Channel.UnaryAsync(TrackingApi.Review, new ReviewItemRequest { AgreementId = id, ItemId = province, Accept = true }, host.As(Users.GuangxiPlanning));

        Assert.Equal([province], divisionView.Items.Select(i => i.Id));
        Assert.Empty(divisionView.Periods);
        Assert.Equal(("Fulfilled", 2), (fulfilled.Status, fulfilled.Summary.CompletedCount));
        var events = await host.EventNamesAsync();
        Assert.Equal(nameof(AgreementFulfilled), events[^1]);
        Assert.Equal(6, events.Count(e => e == nameof(AgreedItemStatusChanged)));
    }

    [Fact]
    public async Task GX_18_sending_an_item_back_needs_a_reason()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 11, 1));
        var id = await host.SignAsync();
        var city = (await host.ViewAsync(id, Users.NanningBureau)).Items[0].Id;
        await host.Channel.UnaryAsync(TrackingApi.Done, new MarkItemDoneRequest { AgreementId = id, ItemId = city, Evidence = "示范线验收报告" }, host.As(Users.NanningBureau));

        var error = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.Review, new ReviewItemRequest { AgreementId = id, ItemId = city }, host.As(Users.GuangxiPlanning)));
        var back = await host.Channel.UnaryAsync(TrackingApi.Review, new ReviewItemRequest { AgreementId = id, ItemId = city, Reason = "缺少检测报告" }, host.As(Users.GuangxiPlanning));

        AssertProblem(error, StatusCode.InvalidArgument, "validation");
        Assert.Equal(("Open", "缺少检测报告"), (back.Items[0].Status, back.Items[0].ReturnedReason));
    }
}
