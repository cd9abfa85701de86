namespace HuiShang.Gateway.Calls;

/// <summary>Calls of the caller's jurisdiction.</summary>
public sealed record CallListResponse(IReadOnlyList<CallResponse> Items, string? NextCursor);
