namespace HuiShang.Funding.Domain.Priority;

/// <summary>What the XJ-4.2 ranking looks at for one project.</summary>
public readonly record struct PriorityCandidate(Guid Id, decimal MatchRatio, DateTimeOffset RegisteredAt, decimal UpperSupport);
