namespace HuiShang.Proposals.Domain;

/// <summary>Where a proposal is in intake; later issues add Returned, Selected, NotSelected.</summary>
public enum ProposalStatus
{
    Draft,
    Submitted,
}
