using HuiShang.Messaging;
using MassTransit;

namespace HuiShang.Notifications.Consumers;

/// <summary>What one event tells whom: the words once, and every recipient (role, region, division).</summary>
public sealed record Notice(string Type, string Title, string Body, string SubjectId, string RegionCode, IReadOnlyList<Recipient> Recipients);

public sealed record Recipient(string Role, string Region, string Division = "");

/// <summary>
/// The one shape of a notifications consumer: it checks the event is complete (else it is rejected by
/// name, see <see cref="InboxEntries.Require"/>) and composes its <see cref="Notice"/>; this base adds
/// one inbox entry per recipient and one webhook delivery per subscription that wants it, and the inbox base makes a redelivered event a no-op.
/// </summary>
public abstract class NoticeConsumer<TEvent>(NotificationsDbContext db, TimeProvider time)
    : InboxConsumer<TEvent, NotificationsDbContext>(db)
    where TEvent : class
{
    protected abstract Notice Compose(TEvent message);

    protected sealed override async Task HandleAsync(TEvent message, ConsumeContext<TEvent> context, CancellationToken cancellationToken)
    {
        var notice = Compose(message);
        var now = time.GetUtcNow();
        var entries = new InboxEntries(notice.Type, notice.Title, notice.Body, notice.SubjectId, notice.RegionCode, context.MessageId!.Value, now);
        Db.InboxEntries.AddRange(notice.Recipients.Distinct().Select(r => entries.To(r.Role, r.Region, r.Division)));
        // Subscribed systems get the same event as a signed CloudEvent, staged in this transaction (decision 019).
        await Webhooks.WebhookFanOut.AddAsync(Db, notice, message, context.MessageId.Value, context.SentTime ?? now, now, cancellationToken);
    }
}
