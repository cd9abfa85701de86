namespace HuiShang.Gateway.Calls;

/// <summary>A call for proposals; <c>status</c> is Open or Selected.</summary>
public sealed record CallResponse(
    string Id,
    string JurisdictionCode,
    int Year,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    string PolicyVersion,
    DateTimeOffset? CreatedAt,
    string CreatedBy,
    string Status);
