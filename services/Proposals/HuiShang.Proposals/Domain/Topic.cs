namespace HuiShang.Proposals.Domain;

/// <summary>
/// One consultation topic (议题) of a proposal. GX-13: each item carries its prior-work basis,
/// the initial alignment with the department and the next local measures. A class, not a record:
/// EF tracks owned entities by identity, and two equal topics are still two topics.
/// </summary>
public sealed class Topic(string title, string category, string field, string? priorWork, string? alignment, string? nextSteps, decimal? requestedSupport)
{
    public string Title { get; private set; } = title;

    public string Category { get; private set; } = category;

    public string Field { get; private set; } = field;

    public string? PriorWork { get; private set; } = priorWork;

    public string? Alignment { get; private set; } = alignment;

    public string? NextSteps { get; private set; } = nextSteps;

    /// <summary>Yuan.</summary>
    public decimal? RequestedSupport { get; private set; } = requestedSupport;
}
