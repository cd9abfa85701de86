namespace HuiShang.Policies.Sections;

/// <summary>GX-13: the formal proposal arrives at least N months before the planned meeting.</summary>
public sealed record LeadTime(string RuleId, int MinimumMonths) : IPolicySection, ISectionName
{
    public static string SectionName => "leadTime";

    public DateOnly LatestSubmissionFor(DateOnly plannedMeeting) => plannedMeeting.AddMonths(-MinimumMonths);
}
