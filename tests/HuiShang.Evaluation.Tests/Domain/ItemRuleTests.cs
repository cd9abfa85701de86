using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Domain;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Evaluation.Tests.DomainRules.Plans;

namespace HuiShang.Evaluation.Tests.DomainRules;

/// <summary>GX-18 obligations, GX-19 任务分工, done → accepted → Fulfilled, and what GX-21 needs.</summary>
public sealed class ItemRuleTests
{
    [Fact]
    public void GX_18_every_agreed_item_becomes_an_obligation_of_its_side()
    {
        var plan = Nanning();

        Assert.Equal([("city", "南宁市科技局", "张三"), ("province", "科技厅", "李四")], plan.Items.Select(i => (i.OwnerSide, i.LeadUnit, i.ResponsiblePerson)));
        Assert.Equal(["南宁市工信局"], plan.CityItem().CoUnits);
        Assert.All(plan.Items, i => Assert.Equal(ObligationStatus.Open, i.Status));
        Assert.Equal(("gx/2019-01-01", TrackingStatus.Open), (plan.Terms.PolicyVersion, plan.Status));
    }

    [Fact]
    public void GX_19_planning_splits_only_the_provinces_items_among_divisions()
    {
        var plan = Nanning();

        plan.Assign([(plan.ProvinceItem().Id, "high-tech")], By, At(2025, 3, 25));

        Assert.Equal("high-tech", plan.ProvinceItem().Division);
        Assert.True(plan.IsOwnedBy("high-tech"));
        Assert.Throws<InvalidStateException>(() => plan.Assign([(plan.CityItem().Id, "high-tech")], By, At(2025, 3, 25)));
    }

    [Fact]
    public void GX_19_a_division_marks_done_only_the_province_items_assigned_to_it()
    {
        var plan = Nanning();
        plan.Assign([(plan.ProvinceItem().Id, "high-tech")], By, At(2025, 3, 25));

        Assert.Throws<InvalidStateException>(() => plan.MarkDone(plan.ProvinceItem().Id, "x", ItemOwner.ProvinceDivision("agriculture"), By, At(2025, 9, 1)));
        Assert.Throws<InvalidStateException>(() => plan.MarkDone(plan.ProvinceItem().Id, "x", ItemOwner.City, By, At(2025, 9, 1)));
        plan.MarkDone(plan.ProvinceItem().Id, "重点实验室获批文件", ItemOwner.ProvinceDivision("high-tech"), By, At(2025, 9, 1));

        Assert.Equal(ObligationStatus.Done, plan.ProvinceItem().Status);
    }

    [Fact]
    public void GX_18_an_item_done_and_accepted_is_completed_and_all_completed_make_the_agreement_fulfilled()
    {
        var plan = Nanning();
        plan.Assign([(plan.ProvinceItem().Id, "high-tech")], By, At(2025, 3, 25));
        plan.MarkDone(plan.CityItem().Id, "示范线验收", ItemOwner.City, By, At(2025, 11, 1));
        plan.MarkDone(plan.ProvinceItem().Id, "实验室获批", ItemOwner.ProvinceDivision("high-tech"), By, At(2025, 11, 2));

        var (first, notYet) = plan.Review(plan.CityItem().Id, true, null, By, At(2025, 11, 3));
        var (second, fulfilled) = plan.Review(plan.ProvinceItem().Id, true, null, By, At(2025, 11, 4));

        Assert.Null(notYet);
        Assert.Equal((false, "Completed"), (first.Unfinished, first.Status));
        Assert.False(second.Unfinished);
        Assert.Equal((plan.Id, 2, On(2025, 11, 4)), (fulfilled!.AgreementId, fulfilled.ItemCount, fulfilled.FulfilledOn));
        Assert.Equal(TrackingStatus.Fulfilled, plan.Status);
        Assert.Throws<InvalidStateException>(() => plan.FileOn(plan.Ledger(2025, 4), null, On(2025, 12, 1)));
    }

    [Fact]
    public void GX_18_planning_sends_a_done_item_back_with_a_reason_and_it_is_open_again()
    {
        var plan = Nanning();
        plan.MarkDone(plan.CityItem().Id, "示范线验收", ItemOwner.City, By, At(2025, 11, 1));

        var (changed, fulfilled) = plan.Review(plan.CityItem().Id, false, "缺少第三方检测报告", By, At(2025, 11, 3));

        Assert.Null(fulfilled);
        Assert.Equal((ObligationStatus.Open, "缺少第三方检测报告"), (plan.CityItem().Status, plan.CityItem().ReturnedReason));
        Assert.True(changed.Unfinished);
        Assert.Throws<InvalidStateException>(() => plan.Review(plan.CityItem().Id, true, null, By, At(2025, 11, 4)));
    }

    [Fact]
    public void GX_21_every_item_is_published_unfinished_in_its_field_when_the_plan_opens()
    {
        var (plan, unfinished) = Open();

        Assert.Equal(plan.Items.Select(i => i.Id), unfinished.Select(u => u.ItemId));
        Assert.All(unfinished, u => Assert.Equal((true, "450100", "new-energy", plan.Id), (u.Unfinished, u.RegionCode, u.Field, u.AgreementId)));
    }
}
