using System.Text;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Agreements.Domain;

/// <summary>
/// What a selected proposal opens under the profile in force on the selection date: a framework, or
/// (HB-17) a work meeting's 协议书 under the region's signed framework; the approval chain copied from
/// the profile; version 1 generated from the proposal's topics (GX-14: the division refines it).
/// </summary>
public static class OpeningFactory
{
    public static AgreementOpening For(ProposalSelected selected, PolicyVersion policy, Agreement? signedFramework)
    {
        var workMeetings = policy.Find<WorkMeetings>();
        var isWorkMeeting = workMeetings is not null && signedFramework is not null;
        var kind = isWorkMeeting ? AgreementKinds.WorkMeeting : AgreementKinds.Framework;
        var title = Title(selected, kind);
        var items = selected.Topics
            .Select(t => new AgreedItem(t.Title.Trim(), t.Field, Sides.City, "", [], "", null))
            .ToList();
        return new AgreementOpening(
            selected.ProposalId,
            kind,
            isWorkMeeting ? signedFramework!.Id : null,
            // HB-18: the first work meeting goes through the framework's procedure.
            !isWorkMeeting && workMeetings?.FirstMergesWithFramework == true,
            selected.RegionCode,
            selected.JurisdictionCode,
            selected.Tier,
            selected.Year,
            title,
            Steps(policy),
            policy.Find<RoundCycle>()?.Years,
            policy.Id,
            new VersionDraft(Text(title, selected.Topics), items, Note: "由选定的会商建议生成的初稿"));
    }

    /// <summary>The profile's chain; without one only the signature remains, and a chain always ends in signing.</summary>
    public static IReadOnlyList<AgreementStep> Steps(PolicyVersion policy)
    {
        var chain = policy.Find<ApprovalChain>();
        var rules = chain?.Steps.ToList() ?? [];
        if (rules.LastOrDefault()?.Step != ApprovalStep.Signing)
        {
            rules.Add(new ApprovalStepRule(chain?.RuleId ?? "", ApprovalStep.Signing));
        }

        return rules.Select((r, i) => new AgreementStep(i, r.Step, r.RuleId, r.ObjectionRestartsDrafting)).ToList();
    }

    private static string Title(ProposalSelected selected, string kind)
    {
        var jurisdiction = RegionCatalog.Default.Jurisdictions.FirstOrDefault(j => j.Code == selected.JurisdictionCode);
        var region = RegionCatalog.Default.Find(selected.RegionCode)?.Name ?? selected.RegionCode;
        var document = kind == AgreementKinds.WorkMeeting ? $"{selected.Year}年工作会议协议书" : $"{selected.Year}年会商议定书";
        return $"{jurisdiction?.Authority ?? selected.JurisdictionCode} {region}人民政府 {document}";
    }

    private static string Text(string title, IReadOnlyList<SelectedTopic> topics)
    {
        var text = new StringBuilder();
        text.AppendLine(title).AppendLine();
        text.AppendLine("为深入实施创新驱动发展战略，厅市双方经充分协商，就以下会商议题达成一致：");
        for (var i = 0; i < topics.Count; i++)
        {
            text.AppendLine($"{i + 1}. {topics[i].Title.Trim()}（领域：{topics[i].Field}）");
        }

        text.AppendLine().Append("双方按照本议定书明确的任务分工，落实各自职责，共同推进议定事项。");
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
