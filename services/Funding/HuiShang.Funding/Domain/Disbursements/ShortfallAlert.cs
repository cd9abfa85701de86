namespace HuiShang.Funding.Domain.Disbursements;

/// <summary>XJ-4.2/4.3: a matching source was found short after its deadline; kept so it is announced once.</summary>
public sealed class ShortfallAlert
{
    private ShortfallAlert()
    {
    }

    public Guid ProjectId { get; private set; }

    public string Source { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public decimal Committed { get; private set; }

    public decimal Arrived { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public static ShortfallAlert Of(Guid projectId, SourceSummary summary, DateTimeOffset now) => new()
    {
        ProjectId = projectId,
        Source = summary.Source,
        DueOn = summary.DueOn!.Value,
        Committed = summary.Committed,
        Arrived = summary.Arrived,
        DetectedAt = now,
    };
}
