using System.Diagnostics;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Restores the trace context stored with an outbox row as the parent of MassTransit's publish
/// activity, so one trace covers request → outbox → broker → consumer even though the publish
/// happens later, on the dispatcher's thread.
/// </summary>
internal static class OutboxActivity
{
    private static readonly ActivitySource Source = new(MessagingHostExtensions.ActivitySourceName);

    public static Activity? Restore(OutboxMessage row)
    {
        if (row.TraceParent is null
            || !ActivityContext.TryParse(row.TraceParent, row.TraceState, isRemote: true, out var parent))
        {
            return null;
        }
        // Exported when the host's tracer listens to "HuiShang.Messaging" (ServiceDefaults does).
        var activity = Source.StartActivity("outbox dispatch", ActivityKind.Internal, parent);
        if (activity is not null)
        {
            activity.SetTag("messaging.message.id", row.MessageId);
            return activity;
        }
        // Nobody listens to our source: an unexported carrier still makes MassTransit's own activity
        // (and the traceparent header it sends) continue the original trace id.
        var carrier = new Activity("outbox dispatch");
        carrier.SetParentId(row.TraceParent);
        carrier.TraceStateString = row.TraceState;
        return carrier.Start();
    }
}
