namespace HuiShang.Proposals.Domain;

/// <summary>Draft → Submitted → (Returned → Submitted)* → Selected | NotSelected | Withdrawn.</summary>
public enum ProposalStatus
{
    Draft,
    Submitted,
    Returned,
    Selected,
    NotSelected,
    Withdrawn,
}
