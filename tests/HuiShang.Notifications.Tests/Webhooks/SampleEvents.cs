using HuiShang.Contracts.Events;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>Integration events as the other services publish them, about a chosen region.</summary>
internal static class SampleEvents
{
    public static ProposalSubmitted Submitted(string region = "450100", string jurisdiction = "450000", Guid? proposalId = null) =>
        new(proposalId ?? Guid.NewGuid(), region, jurisdiction, "2026 年厅市会商建议", 3, DateTimeOffset.UtcNow, $"city-bureau@{region}");

    public static AgreementSigned Signed(string region = "450100", string jurisdiction = "450000") =>
        new(Guid.NewGuid(), Guid.NewGuid(), "round", null, region, jurisdiction, "Key", 2026, 4,
            [new AgreedItemTerms("新能源汽车零部件", "new-energy", "city", "市科技局", [], "张三", new DateOnly(2027, 6, 30))],
            new DateOnly(2026, 6, 18), new DateOnly(2029, 6, 18), $"province-director@{jurisdiction}", $"city-leader@{region}", "gx/2019-01-01", DateTimeOffset.UtcNow);

    public static MatchingShortfallDetected DistrictShortfall() =>
        new(Guid.NewGuid(), "650100", "650102", "650000", "district", 1_200_000m, 200_000m, new DateOnly(2025, 9, 30), "XJ-4.2", DateTimeOffset.UtcNow);
}
