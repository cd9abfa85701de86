using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Domain;

/// <summary>A validated registration: every field checked against the request, the agreement and the profile.</summary>
public sealed record ProjectDraft(
    Guid AgreementId,
    string Title,
    string Field,
    string? DistrictCode,
    int? DistrictCategory,
    FundingMode Mode,
    decimal UpperSupport,
    decimal? OfferedMatchRatio);
