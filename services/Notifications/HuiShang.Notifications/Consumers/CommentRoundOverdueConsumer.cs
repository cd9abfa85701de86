namespace HuiShang.Notifications.Consumers;

/// <summary>
/// GX-15: each division still silent after the due date is reminded (only that division sees it), and
/// the coordinating division sees who is late.
/// </summary>
public sealed class CommentRoundOverdueConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<CommentRoundOverdue>(db, time)
{
    public const string Endpoint = "notifications.comment-round-overdue";

    protected override Notice Compose(CommentRoundOverdue message)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.JurisdictionCode) && message.LateDivisions.Count > 0
                && message.LateDivisions.All(d => !string.IsNullOrWhiteSpace(d)),
            "AgreementId, JurisdictionCode and at least one late division are required.");
        return new Notice(
            NotificationTypes.CommentRoundOverdue,
            $"{InboxEntries.NameOf(message.RegionCode)}会商议定书征求意见已逾期",
            string.Create(CultureInfo.InvariantCulture, $"书面意见应于 {message.DueOn:yyyy-MM-dd} 前反馈（GX-15），尚未反馈：{string.Join("、", message.LateDivisions)}。"),
            message.AgreementId.ToString(), message.RegionCode,
            [
                .. message.LateDivisions.Select(division => new Recipient(Roles.ProvinceDivision, message.JurisdictionCode, division)),
                new(Roles.ProvincePlanning, message.JurisdictionCode),
            ]);
    }
}
