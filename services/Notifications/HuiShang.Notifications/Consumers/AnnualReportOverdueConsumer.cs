namespace HuiShang.Notifications.Consumers;

/// <summary>GX-19: the city bureau is reminded of the year's implementation report not filed by its day (12-25); escalated by level.</summary>
public sealed class AnnualReportOverdueConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<AnnualReportOverdue>(db, time)
{
    public const string Endpoint = "notifications.annual-report-overdue";

    protected override Notice Compose(AnnualReportOverdue message)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode),
            "AgreementId, RegionCode and JurisdictionCode are required.");
        return new Notice(
            NotificationTypes.AnnualReportOverdue,
            $"{InboxEntries.NameOf(message.RegionCode)}{message.Year}年度会商任务落实情况逾期未报{Escalation.Suffix(message.EscalationLevel)}",
            string.Create(CultureInfo.InvariantCulture, $"年度落实情况应于 {message.DueOn:yyyy-MM-dd} 前报送（{message.RuleId}），请尽快报送。"),
            message.AgreementId.ToString(), message.RegionCode,
            Escalation.To(message.EscalationLevel, message.JurisdictionCode, new Recipient(Roles.CityBureau, message.RegionCode)));
    }
}
