using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Stages events as <see cref="OutboxMessage"/> rows in the scoped DbContext and wakes the dispatcher
/// once they are committed.
/// </summary>
/// <remarks>
/// Why a SavedChanges hook and not an ISaveChangesInterceptor: an interceptor must be added to the
/// DbContext options, which the service author registers (and 002 has them register a derived,
/// per-provider context behind the base type). Subscribing to the context instance's SavedChanges
/// the first time an event is staged needs nothing from them beyond AddOutboxAndInbox +
/// AddMessaging. SavedChanges fires after EF committed its own transaction; when the caller owns a
/// transaction (the inbox consumer does) the commit comes later, so the signal is sent when the
/// scope ends instead. A missed signal (e.g. an ambient TransactionScope) only costs the poll delay.
/// </remarks>
internal sealed class EventOutbox<TDbContext>(
    TDbContext db, OutboxSignal<TDbContext> signal, EventTypeRegistry types, TimeProvider time)
    : IEventOutbox, IDisposable
    where TDbContext : DbContext
{
    private bool _subscribed;
    private bool _savedInsideTransaction;

    public void Add<TEvent>(TEvent @event) where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(@event);
        // The runtime type, not TEvent: consumers subscribe to the concrete contract.
        var type = @event.GetType();
        types.Remember(type);
        var activity = Activity.Current;
        var w3c = activity is { IdFormat: ActivityIdFormat.W3C };
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = NewId.NextGuid(),
            MessageType = EventTypeRegistry.NameOf(type),
            Body = JsonSerializer.Serialize(@event, type, OutboxJson.Options),
            CreatedAt = time.GetUtcNow(),
            TraceParent = w3c ? activity!.Id : null,
            TraceState = w3c && activity!.TraceStateString is { } state
                ? OutboxLimits.Truncate(state, OutboxLimits.TraceStateLength)
                : null,
        });
        if (!_subscribed)
        {
            db.SavedChanges += OnSavedChanges;
            _subscribed = true;
        }
    }

    private void OnSavedChanges(object? sender, SavedChangesEventArgs e)
    {
        if (db.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        else
        {
            _savedInsideTransaction = true;
        }
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            db.SavedChanges -= OnSavedChanges;
        }
        if (_savedInsideTransaction)
        {
            // Committed or rolled back by now; a wake-up after a rollback finds nothing and costs one query.
            signal.Notify();
        }
    }
}
