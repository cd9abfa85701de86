namespace HuiShang.Funding.Domain.Disbursements;

/// <summary>One source of a project: committed by the plan, arrived and spent so far, and whether it is late.</summary>
public sealed record SourceSummary(
    string Source, decimal Committed, decimal Arrived, decimal Spent, decimal? ArrivalRate, DateOnly? DueOn, bool Shortfall);
