namespace HuiShang.Messaging.Tests.Events;

/// <summary>Test event whose consumer always throws (retry, then the _error queue).</summary>
public sealed record OrderRejected(Guid OrderId, string Reason);
