using System.Collections.Concurrent;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>What reached consumers in one test host: every completed delivery, and plain consumers' messages.</summary>
public sealed class Deliveries
{
    public ConcurrentQueue<Delivery> Completed { get; } = new();

    public ConcurrentQueue<Delivery> Received { get; } = new();

    /// <summary>How long the inbox handler works, to widen the window for racing duplicates.</summary>
    public TimeSpan HandlerDelay { get; set; }

    public int CompletedFor(Guid messageId) => Completed.Count(d => d.MessageId == messageId);
}

/// <param name="TraceId">Trace id of the consume activity (empty when none).</param>
public sealed record Delivery(Guid MessageId, object Message, string TraceId);
