namespace HuiShang.Gateway.Proposals;

/// <summary>Proposals the caller may see (tenancy-filtered by the service).</summary>
public sealed record ProposalListResponse(IReadOnlyList<ProposalResponse> Items);
