namespace HuiShang.Messaging.Tests.Events;

/// <summary>Follow-up event staged by a consumer inside its inbox transaction.</summary>
public sealed record OrderShipped(Guid OrderId, int Number);
