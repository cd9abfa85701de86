namespace HuiShang.Gateway.Funding;

/// <summary>An agreement's projects ranked by the matching ratio offered (XJ-4.2), with the ordering rule in words.</summary>
public sealed record PriorityResponse(string AgreementId, IReadOnlyList<PriorityEntryResponse> Entries, string Rule, string RuleId);

public sealed record PriorityEntryResponse(int Rank, ProjectResponse Project, decimal? MatchRatio, decimal CityMatch);
