namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>Request bodies as a portal would send them.</summary>
public static class Payloads
{
    public const string ValidProposal = """
        {
          "callId": "call-2026",
          "title": "南宁市 2026 年厅市会商建议",
          "plannedMeetingOn": "2026-06-15",
          "cityMeetingOn": "2026-01-20",
          "previousRoundSummary": "上一轮议定事项均已落实。",
          "urgentReason": "",
          "topics": [
            {
              "title": "人工智能创新平台",
              "category": "key-project",
              "field": "ai",
              "priorWork": "已建成算力中心",
              "alignment": "符合自治区十四五规划",
              "nextSteps": "共建实验室",
              "requestedSupport": 1500000.50
            }
          ]
        }
        """;

    public static readonly string ProposalId = Guid.NewGuid().ToString();

    public const string KeyId = "0d7b6a4e-1f2c-4e0b-8a11-6f3d2c1b0a01";
    public const string GeneralId = "0d7b6a4e-1f2c-4e0b-8a11-6f3d2c1b0a02";
    public const string ExtraId = "0d7b6a4e-1f2c-4e0b-8a11-6f3d2c1b0a03";

    public const string ValidUpdate = """
        {
          "title": "南宁市 2026 年厅市会商建议（修改）",
          "plannedMeetingOn": "2026-07-01",
          "topics": [{"title": "人工智能", "category": "key-project", "field": "ai", "requestedSupport": 1000}],
          "figures": {"rdGdpRatio": 2.35, "rdGdpRatioPrevious": 2.1, "fiscalStSpendingGrowth": -1.5, "regularRevenueGrowth": 3}
        }
        """;

    public const string ValidCall = """{"year": 2026, "opensOn": "2026-01-05", "closesOn": "2026-03-31"}""";

    public const string ValidReturn = """{"reason": "请补充上一轮会商总结。"}""";

    public const string ValidSelection = $$"""
        {"key": "{{KeyId}}", "general": ["{{GeneralId}}"], "extra": [{"proposalId": "{{ExtraId}}", "reason": "重大突发需求"}]}
        """;
}
