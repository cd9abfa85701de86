namespace HuiShang.Policies.Sections;

/// <summary>Work meetings under a framework (HB-17: every 1–2 years; HB-18: the first merges with the framework).</summary>
public sealed record WorkMeetings(string RuleId, CountRange EveryYears, bool FirstMergesWithFramework = false) : IPolicySection, ISectionName
{
    public static string SectionName => "workMeetings";
}
