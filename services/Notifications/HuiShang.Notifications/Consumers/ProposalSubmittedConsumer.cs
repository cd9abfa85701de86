using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Notifications.Data;
using MassTransit;

namespace HuiShang.Notifications.Consumers;

/// <summary>
/// Tells the coordinating division that a proposal arrived. The inbox base class makes a
/// redelivered message a no-op, so the division never sees the same submission twice.
/// </summary>
public sealed class ProposalSubmittedConsumer(NotificationsDbContext db, TimeProvider time)
    : InboxConsumer<ProposalSubmitted, NotificationsDbContext>(db)
{
    public const string Endpoint = "notifications.proposal-submitted";

    protected override Task HandleAsync(ProposalSubmitted message, ConsumeContext<ProposalSubmitted> context, CancellationToken cancellationToken)
    {
        // An entry addressed to no region would be seen by nobody: refuse the event by name instead.
        if (message.ProposalId == Guid.Empty || string.IsNullOrWhiteSpace(message.JurisdictionCode) || string.IsNullOrWhiteSpace(message.RegionCode))
        {
            throw new MessageRejectedException("ProposalId, RegionCode and JurisdictionCode are required.");
        }

        Db.InboxEntries.Add(ProposalSubmittedEntry.Create(message, context.MessageId!.Value, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
