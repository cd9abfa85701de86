namespace HuiShang.Notifications.Consumers;

/// <summary>The coordinating division of the jurisdiction owns intake (GX-14): it is told of every submission.</summary>
public sealed class ProposalSubmittedConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<ProposalSubmitted>(db, time)
{
    public const string Endpoint = "notifications.proposal-submitted";

    protected override Notice Compose(ProposalSubmitted message)
    {
        InboxEntries.Require(
            message.ProposalId != Guid.Empty && !string.IsNullOrWhiteSpace(message.JurisdictionCode) && !string.IsNullOrWhiteSpace(message.RegionCode),
            "ProposalId, RegionCode and JurisdictionCode are required.");
        return new Notice(
            NotificationTypes.ProposalSubmitted,
            $"{InboxEntries.NameOf(message.RegionCode)}提交了会商建议",
            string.Create(
                CultureInfo.InvariantCulture,
                $"《{message.Title}》共 {message.TopicCount} 个议题，{message.SubmittedAt.ToOffset(InboxEntries.ChinaStandardTime):yyyy-MM-dd} 由 {message.SubmittedBy} 提交。"),
            message.ProposalId.ToString(), message.RegionCode,
            [new(Roles.ProvincePlanning, message.JurisdictionCode)]);
    }
}
