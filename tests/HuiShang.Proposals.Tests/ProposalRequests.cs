using HuiShang.Contracts.Proposals.V1;

namespace HuiShang.Proposals.Tests;

internal static class ProposalRequests
{
    public static CreateProposalRequest Valid(string callId = "call-2025-q1", string plannedMeetingOn = "2025-06-18", string field = "new-energy") => new()
    {
        CallId = callId,
        Title = "南宁市 2025 年厅市会商建议",
        PlannedMeetingOn = Wire.OptionalDate(plannedMeetingOn),
        CityMeetingOn = Wire.Date("2025-02-20"),
        PreviousRoundSummary = "上一轮会商 12 个项目已完成 10 个。",
        Topics =
        {
            new Topic
            {
                Title = "面向东盟的新能源汽车关键零部件研发",
                Category = "major-needs",
                Field = field,
                PriorWork = "已建成自治区级工程技术研究中心。",
                Alignment = "已与高新处初步对接。",
                NextSteps = "市财政配套 1:1 资金。",
                RequestedSupport = Wire.Yuan("1500000.00"),
            },
        },
    };
}
