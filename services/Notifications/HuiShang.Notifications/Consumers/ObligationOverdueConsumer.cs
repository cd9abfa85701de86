namespace HuiShang.Notifications.Consumers;

/// <summary>
/// GX-18 / HB-21 / XJ-5.3: an agreed item past its due date. A city item reminds the city bureau; a
/// province item the division it was assigned to (GX-19 任务分工), or the coordinating division while
/// unassigned. Escalated by level.
/// </summary>
public sealed class ObligationOverdueConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<ObligationOverdue>(db, time)
{
    public const string Endpoint = "notifications.obligation-overdue";

    protected override Notice Compose(ObligationOverdue message)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode)
                && message.OwnerSide is "city" or "province",
            "AgreementId, RegionCode, JurisdictionCode and an owner side (city or province) are required.");
        var owner = message.OwnerSide == "city"
            ? new Recipient(Roles.CityBureau, message.RegionCode)
            : string.IsNullOrWhiteSpace(message.Division)
                ? new Recipient(Roles.ProvincePlanning, message.JurisdictionCode)
                : new Recipient(Roles.ProvinceDivision, message.JurisdictionCode, message.Division);
        return new Notice(
            NotificationTypes.ObligationOverdue,
            $"{InboxEntries.NameOf(message.RegionCode)}会商议定事项逾期未完成{Escalation.Suffix(message.EscalationLevel)}",
            string.Create(CultureInfo.InvariantCulture, $"“{message.Title}”应于 {message.DueOn:yyyy-MM-dd} 前完成（{message.RuleId}），尚未完成。"),
            message.AgreementId.ToString(), message.RegionCode,
            Escalation.To(message.EscalationLevel, message.JurisdictionCode, owner));
    }
}
