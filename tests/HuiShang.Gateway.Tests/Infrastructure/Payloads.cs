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
}
