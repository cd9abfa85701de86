namespace HuiShang.Gateway.Inbox;

/// <summary>The caller's inbox, newest first, a page at a time.</summary>
public sealed record InboxResponse(IReadOnlyList<InboxItemResponse> Items, string? NextCursor);
