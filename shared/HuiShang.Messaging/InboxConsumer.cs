using HuiShang.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Messaging;

/// <summary>
/// A consumer that applies each message at most once per (MessageId, <see cref="ConsumerName"/>):
/// in one transaction the inbox row is inserted and the handler's changes, including events it
/// stages through <see cref="IEventOutbox"/>, are saved. A duplicate is acknowledged and skipped.
/// Publish follow-up events through IEventOutbox, not context.Publish, so they share the transaction.
/// </summary>
public abstract class InboxConsumer<TMessage, TDbContext> : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected InboxConsumer(TDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        Db = db;
    }

    protected TDbContext Db { get; }

    /// <summary>
    /// The inbox key's consumer part. Defaults to the full class name; override to keep the key
    /// when renaming the class, or a renamed consumer would apply old redeliveries again.
    /// </summary>
    protected virtual string ConsumerName => GetType().FullName ?? GetType().Name;

    /// <summary>Applies the message. The base class saves and commits afterwards; a throw rolls everything back.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        // Without a message id there is nothing to deduplicate by: fail loudly (retries, then _error).
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; the inbox cannot deduplicate it.");
        var time = context.TryGetPayload<IServiceProvider>(out var services)
            ? services.GetService<TimeProvider>() ?? TimeProvider.System
            : TimeProvider.System;
        await InboxTransaction.RunAsync(
            Db, messageId, ConsumerName, time,
            cancellationToken => HandleAsync(context.Message, context, cancellationToken),
            context.CancellationToken);
    }
}
