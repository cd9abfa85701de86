namespace HuiShang.Notifications.Consumers;

/// <summary>
/// XJ-4.2 / XJ-4.3: matching funds behind their share past the deadline. The party that owes them is
/// told (the district for its share, the city bureau for the city level), and the upper authority.
/// </summary>
public sealed class MatchingShortfallDetectedConsumer(NotificationsDbContext db, TimeProvider time) : NoticeConsumer<MatchingShortfallDetected>(db, time)
{
    public const string Endpoint = "notifications.matching-shortfall";

    protected override Notice Compose(MatchingShortfallDetected message)
    {
        InboxEntries.Require(
            message.ProjectId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode),
            "ProjectId, RegionCode and JurisdictionCode are required.");
        var owesDistrict = message.Source == "district" && !string.IsNullOrWhiteSpace(message.DistrictCode);
        var debtor = owesDistrict ? message.DistrictCode! : message.RegionCode;
        Recipient[] recipients = owesDistrict
            ? [new(Roles.District, debtor), new(Roles.ProvincePlanning, message.JurisdictionCode), new(Roles.CityBureau, message.RegionCode)]
            : [new(Roles.CityBureau, debtor), new(Roles.ProvincePlanning, message.JurisdictionCode)];
        return new Notice(
            NotificationTypes.MatchingShortfallDetected,
            $"{InboxEntries.NameOf(debtor)}配套资金未按期到位",
            string.Create(CultureInfo.InvariantCulture, $"应于 {message.DueOn:yyyy-MM-dd} 前到位 {message.Committed:N2} 元，已到位 {message.Arrived:N2} 元（{message.RuleId}）。"),
            message.ProjectId.ToString(), message.RegionCode, recipients);
    }
}
