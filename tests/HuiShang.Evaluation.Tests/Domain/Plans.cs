using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Domain;
using HuiShang.Policies;

namespace HuiShang.Evaluation.Tests.DomainRules;

/// <summary>
/// Tracking plans opened without a host from an AgreementSigned under the shipped seed profiles: the
/// README's Nanning agreement (GX, signed 2025-03-20) with one city item and one province item.
/// </summary>
internal static class Plans
{
    public const string Guangxi = "450000";
    public const string Hebei = "130000";
    public const string Xinjiang = "650000";
    public const string By = "tester";

    public static readonly DateOnly SignedOn = new(2025, 3, 20);

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly On(int year, int month, int day) => new(year, month, day);

    public static AgreementSigned Signed(string jurisdiction, string region, DateOnly signedOn) => new(
        Guid.CreateVersion7(), Guid.NewGuid(), "round", null, region, jurisdiction, "Key", signedOn.Year, 3,
        [
            new AgreedItemTerms("动力电池回收示范线建成", "new-energy", Sides.City, "南宁市科技局", ["南宁市工信局"], "张三", new DateOnly(2025, 12, 31)),
            new AgreedItemTerms("支持建设自治区新能源重点实验室", "new-energy", Sides.Province, "科技厅", [], "李四", new DateOnly(2026, 6, 30)),
        ],
        signedOn, null, "province-director@" + jurisdiction, "city-leader@" + region, "", At(signedOn.Year, signedOn.Month, signedOn.Day));

    public static (TrackingPlan Plan, IReadOnlyList<AgreedItemStatusChanged> Unfinished) Open(string jurisdiction = Guangxi, string region = "450100", DateOnly? signedOn = null)
    {
        var signed = Signed(jurisdiction, region, signedOn ?? SignedOn);
        var terms = ReportingTerms.From(SeedPolicies.Catalog.InForce(jurisdiction, signed.SignedOn));
        return TrackingPlan.Open(signed, terms, At(signed.SignedOn.Year, signed.SignedOn.Month, signed.SignedOn.Day));
    }

    public static TrackingPlan Nanning() => Open().Plan;

    public static Obligation CityItem(this TrackingPlan plan) => plan.Items.Single(i => i.OwnerSide == Sides.City);

    public static Obligation ProvinceItem(this TrackingPlan plan) => plan.Items.Single(i => i.OwnerSide == Sides.Province);

    public static FilingDraft Ledger(this TrackingPlan plan, int year, int quarter, int expectedRevision = 0) =>
        new(FilingKinds.Ledger, year, quarter, expectedRevision,
            [new FilingEntry(plan.CityItem().Id, "InProgress", "设备安装完成 60%", 1_500_000m, "主体厂房封顶", ["南科〔2025〕12号"])]);

    public static FilingDraft AnnualReport(this TrackingPlan plan, int year, int expectedRevision = 0) =>
        new(FilingKinds.AnnualReport, year, 0, expectedRevision,
            [new FilingEntry(plan.CityItem().Id, "InProgress", "年度进展", null, "", [])], Summary: "年度会商任务落实情况");

    public static Filing FileOn(this TrackingPlan plan, FilingDraft draft, Filing? latest, DateOnly on) =>
        plan.File(draft, latest, By, on, At(on.Year, on.Month, on.Day));

    public static IReadOnlyList<object> ScanOn(this TrackingPlan plan, DateOnly on, params string[] filedPeriods) =>
        plan.NoticeOverdue(filedPeriods.ToHashSet(StringComparer.Ordinal), on, At(on.Year, on.Month, on.Day));
}
