using System.Globalization;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.Identity;
using HuiShang.Messaging;
using HuiShang.Notifications.Data;
using HuiShang.Notifications.Domain;
using MassTransit;

namespace HuiShang.Notifications.Consumers;

/// <summary>
/// XJ-4.2 / XJ-4.3: matching funds behind their share past the deadline. The party that owes them is
/// told (the district for its share, the city bureau for the city level), and the upper authority.
/// </summary>
public sealed class MatchingShortfallDetectedConsumer(NotificationsDbContext db, TimeProvider time)
    : InboxConsumer<MatchingShortfallDetected, NotificationsDbContext>(db)
{
    public const string Endpoint = "notifications.matching-shortfall";

    protected override Task HandleAsync(MatchingShortfallDetected message, ConsumeContext<MatchingShortfallDetected> context, CancellationToken cancellationToken)
    {
        InboxEntries.Require(
            message.ProjectId != Guid.Empty && !string.IsNullOrWhiteSpace(message.RegionCode) && !string.IsNullOrWhiteSpace(message.JurisdictionCode),
            "ProjectId, RegionCode and JurisdictionCode are required.");
        var owesDistrict = message.Source == "district" && !string.IsNullOrWhiteSpace(message.DistrictCode);
        var debtor = owesDistrict ? message.DistrictCode! : message.RegionCode;
        var entries = new InboxEntries(
            NotificationTypes.MatchingShortfallDetected,
            $"{InboxEntries.NameOf(debtor)}配套资金未按期到位",
            string.Create(CultureInfo.InvariantCulture, $"应于 {message.DueOn:yyyy-MM-dd} 前到位 {message.Committed:N2} 元，已到位 {message.Arrived:N2} 元（{message.RuleId}）。"),
            message.ProjectId.ToString(), message.RegionCode, context.MessageId!.Value, time.GetUtcNow());
        Db.InboxEntries.AddRange(
            entries.To(owesDistrict ? Roles.District : Roles.CityBureau, debtor),
            entries.To(Roles.ProvincePlanning, message.JurisdictionCode));
        if (owesDistrict)
        {
            Db.InboxEntries.Add(entries.To(Roles.CityBureau, message.RegionCode));
        }

        return Task.CompletedTask;
    }
}
