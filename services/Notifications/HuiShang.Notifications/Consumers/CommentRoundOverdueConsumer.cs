using System.Globalization;
using HuiShang.Contracts.Events;
using HuiShang.Contracts.Identity;
using HuiShang.Messaging;
using HuiShang.Notifications.Data;
using HuiShang.Notifications.Domain;
using MassTransit;

namespace HuiShang.Notifications.Consumers;

/// <summary>
/// GX-15: each division still silent after the due date is reminded (only that division sees it), and
/// the coordinating division sees who is late.
/// </summary>
public sealed class CommentRoundOverdueConsumer(NotificationsDbContext db, TimeProvider time)
    : InboxConsumer<CommentRoundOverdue, NotificationsDbContext>(db)
{
    public const string Endpoint = "notifications.comment-round-overdue";

    protected override Task HandleAsync(CommentRoundOverdue message, ConsumeContext<CommentRoundOverdue> context, CancellationToken cancellationToken)
    {
        InboxEntries.Require(
            message.AgreementId != Guid.Empty && !string.IsNullOrWhiteSpace(message.JurisdictionCode) && message.LateDivisions.Count > 0
                && message.LateDivisions.All(d => !string.IsNullOrWhiteSpace(d)),
            "AgreementId, JurisdictionCode and at least one late division are required.");
        var entries = new InboxEntries(
            NotificationTypes.CommentRoundOverdue,
            $"{InboxEntries.NameOf(message.RegionCode)}会商议定书征求意见已逾期",
            string.Create(CultureInfo.InvariantCulture, $"书面意见应于 {message.DueOn:yyyy-MM-dd} 前反馈（GX-15），尚未反馈：{string.Join("、", message.LateDivisions)}。"),
            message.AgreementId.ToString(), message.RegionCode, context.MessageId!.Value, time.GetUtcNow());
        Db.InboxEntries.AddRange(message.LateDivisions.Distinct(StringComparer.Ordinal)
            .Select(division => entries.To(Roles.ProvinceDivision, message.JurisdictionCode, division)));
        Db.InboxEntries.Add(entries.To(Roles.ProvincePlanning, message.JurisdictionCode));
        return Task.CompletedTask;
    }
}
