namespace HuiShang.Messaging;

/// <summary>
/// A message that breaks its contract (a required value missing, a value out of range). No retry
/// can mend it, so it skips the retries and goes straight to the <c>_error</c> queue with this reason
/// in its fault headers: visible, and not applied.
/// </summary>
public sealed class MessageRejectedException(string reason) : Exception(reason);
