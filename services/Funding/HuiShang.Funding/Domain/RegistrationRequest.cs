using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Domain;

/// <summary>A registration whose fields are well formed, before the agreement and the profile are consulted.</summary>
public sealed record RegistrationRequest(
    Guid AgreementId, string Title, string Field, string? DistrictCode, FundingMode Mode, decimal UpperSupport, decimal? OfferedMatchRatio);
