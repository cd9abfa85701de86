namespace HuiShang.Notifications.Consumers;

/// <summary>GX-19: the city bureau is reminded of a quarter's ledger not filed in time; escalated by level.</summary>
public sealed class LedgerOverdueConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<LedgerOverdue>(db, time)
{
    public const string Endpoint = "notifications.ledger-overdue";

    protected override Notice Compose(LedgerOverdue message)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode)
                && message.Quarter is >= 1 and <= 4,
            "AgreementId, RegionCode, JurisdictionCode and a quarter 1..4 are required.");
        return new Notice(
            NotificationTypes.LedgerOverdue,
            $"{InboxEntries.NameOf(message.RegionCode)}{message.Year}年第{message.Quarter}季度会商工作台账逾期未报{Escalation.Suffix(message.EscalationLevel)}",
            string.Create(CultureInfo.InvariantCulture, $"台账应于 {message.DueOn:yyyy-MM-dd} 前报送（{message.RuleId}），请尽快报送；逾期报送将标记为逾期。"),
            message.AgreementId.ToString(), message.RegionCode,
            Escalation.To(message.EscalationLevel, message.JurisdictionCode, new Recipient(Roles.CityBureau, message.RegionCode)));
    }
}
