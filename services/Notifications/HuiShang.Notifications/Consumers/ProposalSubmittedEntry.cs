using System.Globalization;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.Identity;
using HuiShang.Notifications.Domain;

namespace HuiShang.Notifications.Consumers;

/// <summary>The coordinating division of the jurisdiction owns intake (GX-14): it is told of every submission.</summary>
internal static class ProposalSubmittedEntry
{
    public static InboxEntry Create(ProposalSubmitted submitted, Guid messageId, DateTimeOffset now) =>
        new InboxEntries(
            NotificationTypes.ProposalSubmitted,
            $"{InboxEntries.NameOf(submitted.RegionCode)}提交了会商建议",
            string.Create(
                CultureInfo.InvariantCulture,
                $"《{submitted.Title}》共 {submitted.TopicCount} 个议题，{submitted.SubmittedAt.ToOffset(InboxEntries.ChinaStandardTime):yyyy-MM-dd} 由 {submitted.SubmittedBy} 提交。"),
            submitted.ProposalId.ToString(), submitted.RegionCode, messageId, now)
            .To(Roles.ProvincePlanning, submitted.JurisdictionCode);
}
