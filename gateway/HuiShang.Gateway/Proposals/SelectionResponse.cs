namespace HuiShang.Gateway.Proposals;

/// <summary>The call's decided selection and the policy version the quotas and cycle were checked with.</summary>
public sealed record SelectionResponse(
    IReadOnlyList<ProposalResponse> Selected,
    IReadOnlyList<ProposalResponse> NotSelected,
    string PolicyVersion);
