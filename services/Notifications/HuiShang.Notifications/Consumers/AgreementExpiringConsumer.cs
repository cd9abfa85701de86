namespace HuiShang.Notifications.Consumers;

/// <summary>HB-15: before a framework agreement expires, both sides are reminded to decide on renewal.</summary>
public sealed class AgreementExpiringConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<AgreementExpiring>(db, time)
{
    public const string Endpoint = "notifications.agreement-expiring";

    protected override Notice Compose(AgreementExpiring message)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode),
            "AgreementId, RegionCode and JurisdictionCode are required.");
        return new Notice(
            NotificationTypes.AgreementExpiring,
            $"{InboxEntries.NameOf(message.RegionCode)}会商制度议定书即将到期",
            string.Create(CultureInfo.InvariantCulture, $"议定书将于 {message.ExpiresOn:yyyy-MM-dd} 到期（剩余 {message.DaysLeft} 天），请双方商定是否延续（HB-15）。"),
            message.AgreementId.ToString(), message.RegionCode,
            [new(Roles.CityBureau, message.RegionCode), new(Roles.ProvincePlanning, message.JurisdictionCode)]);
    }
}
