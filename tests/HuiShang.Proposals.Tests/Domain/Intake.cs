using HuiShang.Policies;
using HuiShang.Proposals.Domain;

namespace HuiShang.Proposals.Tests.DomainRules;

/// <summary>Host-less makings of the intake tests: the shipped seed profiles, calls, proposals and topics.</summary>
internal static class Intake
{
    public const string Guangxi = "450000";
    public const string Hebei = "130000";
    public const string Xinjiang = "650000";
    public const string By = "tester";
    public static readonly PolicyCatalog Seeds = SeedPolicies.Catalog;

    /// <summary>10:00 in Asia/Shanghai on the day.</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public static Call OpenCall(string jurisdiction, int year = 2025) => Call.Open(jurisdiction, year, null, null, Seeds, By, On(year, 1, 2));

    public static Topic Topic(string field = "new-energy", bool withBasis = true) =>
        new("风电装备", "major-needs", field, withBasis ? "前期基础" : null, withBasis ? "已对接" : null, withBasis ? "下一步措施" : null, 5_000_000m);

    /// <summary>A draft complete for every rule of its profile unless changed: meeting in June, needs meeting, summary, one topic.</summary>
    public static Proposal Draft(Call call, string region, Func<ProposalDraft, ProposalDraft>? change = null)
    {
        var draft = new ProposalDraft("会商建议", call.Id.ToString(), new DateOnly(call.Year, 6, 18), new DateOnly(call.Year, 1, 5),
            "上一轮落实情况", null, [Topic()], new ProposalFigures(2.1m, 1.9m, 8m, 5m));
        return Proposal.Create(change is null ? draft : change(draft), region, call.JurisdictionCode, By, On(call.Year, 1, 3));
    }

    public static CityRecord FirstTime => new(true, []);

    public static CityRecord Returning => new(false, []);

    /// <summary>Submits in Q1 (2025-02-10), when every GX date rule passes.</summary>
    public static Proposal Submitted(Call call, string region)
    {
        var proposal = Draft(call, region);
        proposal.Submit(call, FirstTime, Seeds, By, On(call.Year, 2, 10));
        return proposal;
    }
}
