namespace HuiShang.Notifications.Consumers;

/// <summary>
/// GX-17 / HB-16(四): a signed agreement starts implementation (GX-19): the city bureau, its system
/// and the coordinating division are told, with the items and the expiry (HB-15).
/// </summary>
public sealed class AgreementSignedConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<AgreementSigned>(db, time)
{
    public const string Endpoint = "notifications.agreement-signed";

    protected override Notice Compose(AgreementSigned message)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode),
            "AgreementId, RegionCode and JurisdictionCode are required.");
        var expiry = message.ExpiresOn is { } on ? string.Create(CultureInfo.InvariantCulture, $"，有效期至 {on:yyyy-MM-dd}") : "";
        return new Notice(
            NotificationTypes.AgreementSigned,
            $"{InboxEntries.NameOf(message.RegionCode)} {message.Year} 年会商议定书已签署",
            string.Create(CultureInfo.InvariantCulture, $"第 {message.Version} 稿于 {message.SignedOn:yyyy-MM-dd} 签署，共 {message.Items.Count} 项议定事项{expiry}。请按 GX-19 编制落实方案并按季度报送台账。"),
            message.AgreementId.ToString(), message.RegionCode,
            [
                new(Roles.CityBureau, message.RegionCode),
                new(Roles.CitySystem, message.RegionCode),
                new(Roles.ProvincePlanning, message.JurisdictionCode),
            ]);
    }
}
