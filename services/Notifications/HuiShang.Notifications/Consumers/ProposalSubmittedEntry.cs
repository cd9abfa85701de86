using System.Globalization;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Notifications.Domain;

namespace HuiShang.Notifications.Consumers;

/// <summary>The coordinating division of the jurisdiction owns intake (GX-14): it is told of every submission.</summary>
internal static class ProposalSubmittedEntry
{
    // Dates are shown in the jurisdiction's calendar (architecture.md): Asia/Shanghai, UTC+8, no DST.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static InboxEntry Create(ProposalSubmitted submitted, Guid messageId, DateTimeOffset now)
    {
        var city = RegionCatalog.Default.Find(submitted.RegionCode)?.Name ?? submitted.RegionCode;
        return new InboxEntry
        {
            Id = Guid.CreateVersion7(now),
            RecipientRole = Roles.ProvincePlanning,
            RecipientRegion = submitted.JurisdictionCode,
            Type = NotificationTypes.ProposalSubmitted,
            Title = Truncate($"{city}提交了会商建议", InboxEntryLimits.Title),
            Body = Truncate(string.Create(
                CultureInfo.InvariantCulture,
                $"《{submitted.Title}》共 {submitted.TopicCount} 个议题，{submitted.SubmittedAt.ToOffset(ChinaStandardTime):yyyy-MM-dd} 由 {submitted.SubmittedBy} 提交。"),
                InboxEntryLimits.Body),
            SubjectId = submitted.ProposalId.ToString(),
            RegionCode = submitted.RegionCode,
            CreatedAt = now,
            SourceMessageId = messageId,
        };
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
