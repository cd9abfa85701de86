namespace HuiShang.Gateway.Agreements;

/// <summary>
/// An agreement (议定书 / 协议书) as the portal sees it; the ETag is <c>currentVersion.number</c>.
/// Values the service has not set yet are null.
/// </summary>
public sealed record AgreementResponse(
    string Id,
    string Kind,
    string? FrameworkId,
    bool IncludesFirstWorkMeeting,
    string ProposalId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    string? Title,
    string Status,
    AgreementVersionResponse? CurrentVersion,
    int? ApprovedVersion,
    IReadOnlyList<ApprovalStepResponse> Steps,
    IReadOnlyList<CommentRoundResponse> CommentRounds,
    IReadOnlyList<ReviewResponse> Reviews,
    int ObjectionCount,
    IReadOnlyList<ApprovalResponse> Approvals,
    FormalDocumentResponse? FormalDocument,
    MeetingResponse? Meeting,
    IReadOnlyList<SignatureResponse> Signatures,
    DateOnly? SignedOn,
    DateOnly? ExpiresOn,
    RenewalResponse? Renewal,
    string PolicyVersion,
    DateTimeOffset? CreatedAt);

/// <summary>Agreements the caller may see (tenancy-filtered by the service).</summary>
/// <summary>Summaries of the agreements the caller may see, newest first, a page at a time.</summary>
public sealed record AgreementListResponse(IReadOnlyList<AgreementSummaryResponse> Items, string? NextCursor);

/// <summary>An agreement in a list: where it stands, without versions, rounds or reviews (GET /api/agreements/{id} has them).</summary>
public sealed record AgreementSummaryResponse(
    string Id,
    string Kind,
    string? FrameworkId,
    string ProposalId,
    string RegionCode,
    string JurisdictionCode,
    string Tier,
    int Year,
    string Title,
    string Status,
    int CurrentVersion,
    DateOnly? SignedOn,
    DateOnly? ExpiresOn,
    DateTimeOffset? CreatedAt);

/// <summary>A step of the profile's approval chain: divisionComments, directorsOfficeMeeting, …, signing; state Done | Current | Pending.</summary>
public sealed record ApprovalStepResponse(string Step, string? RuleId, string State);
