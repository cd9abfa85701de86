namespace HuiShang.Agreements.Domain;

/// <summary>A validated resolution of one comment; <see cref="Index"/> is its place in the request (for field paths).</summary>
public sealed record CommentDecision(int Index, Guid CommentId, string Resolution, string? Reason);
