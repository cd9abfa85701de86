namespace HuiShang.Funding.Domain.Disbursements;

/// <summary>A validated disbursement request.</summary>
public sealed record DisbursementDraft(string Source, string Kind, decimal Amount, DateOnly On, string? Note);
