namespace HuiShang.Gateway.Inbox;

/// <summary>One notification or reminder; <c>type</c> is the event type, e.g. cn.huishang.proposal.submitted.v1.</summary>
public sealed record InboxItemResponse(
    string Id,
    string Type,
    string Title,
    string Body,
    string SubjectId,
    string RegionCode,
    DateTimeOffset? CreatedAt);
