namespace HuiShang.Messaging.Tests.Events;

/// <summary>Test event; Number makes publish order checkable.</summary>
public sealed record OrderPlaced(Guid OrderId, int Number);
