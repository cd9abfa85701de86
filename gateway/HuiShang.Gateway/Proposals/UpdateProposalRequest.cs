namespace HuiShang.Gateway.Proposals;

/// <summary>
/// The full new content of a draft or returned proposal (api.md PUT /api/proposals/{id}); the
/// call, region and author do not change. Sent with If-Match: the version read.
/// </summary>
public sealed record UpdateProposalRequest : ProposalContent;
