namespace HuiShang.Gateway.Inbox;

/// <summary>The caller's inbox, newest first.</summary>
public sealed record InboxResponse(IReadOnlyList<InboxItemResponse> Items);
