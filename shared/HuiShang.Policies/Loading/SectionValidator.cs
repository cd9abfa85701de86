using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Loading;

/// <summary>Value checks per section: rule-id prefix, ranges, caps, ratios.</summary>
internal static class SectionValidator
{
    public static void Validate(PolicyVersion v, string path, string rulePrefix, ProblemSink sink)
    {
        foreach (var (name, section) in Named(v))
        {
            if (section is not null)
            {
                CheckRuleId(section.RuleId, $"{path}.{name}.ruleId", rulePrefix, sink);
            }
        }
        if (v.IntakeWindow is { } intake) IntakeWindowRules.Check(intake, $"{path}.intakeWindow", sink);
        if (v.SelectionQuota is { } quota)
        {
            CheckRange(quota.Key, $"{path}.selectionQuota.key", 0, sink);
            CheckRange(quota.General, $"{path}.selectionQuota.general", 0, sink);
        }
        if (v.RoundCycle is { Years: <= 0 } cycle) sink.Add($"{path}.roundCycle.years", $"years must be positive, got {cycle.Years}");
        if (v.WorkMeetings is { } meetings) CheckRange(meetings.EveryYears, $"{path}.workMeetings.everyYears", 1, sink);
        if (v.LeadTime is { MinimumMonths: < 0 } lead) sink.Add($"{path}.leadTime.minimumMonths", $"must not be negative, got {lead.MinimumMonths}");
        if (v.FundingCaps is { } caps)
        {
            if (caps.KeyMaximumYuan < 0) sink.Add($"{path}.fundingCaps.keyMaximumYuan", $"cap must not be negative, got {caps.KeyMaximumYuan}");
            if (caps.GeneralMaximumYuan < 0) sink.Add($"{path}.fundingCaps.generalMaximumYuan", $"cap must not be negative, got {caps.GeneralMaximumYuan}");
        }
        if (v.Matching is { } matching) MatchingRules.Check(matching, $"{path}.matching", sink);
        if (v.Reporting is { LedgerDueDays: < 0 } ledger) sink.Add($"{path}.reporting.ledgerDueDays", $"must not be negative, got {ledger.LedgerDueDays}");
        if (v.Reporting is { EscalationDays: <= 0 } escalation) sink.Add($"{path}.reporting.escalationDays", $"must be positive, got {escalation.EscalationDays}");
        if (v.ApprovalChain is { } chain)
        {
            if (chain.Steps.Count == 0) sink.Add($"{path}.approvalChain.steps", "at least one step is required");
            for (var i = 0; i < chain.Steps.Count; i++)
            {
                CheckRuleId(chain.Steps[i].RuleId, $"{path}.approvalChain.steps[{i}].ruleId", rulePrefix, sink);
            }
        }
        if (v.Preparation is { } prep)
        {
            if (prep.CityMeeting is null && prep.PreviousRoundSummary is null)
                sink.Add($"{path}.preparation", "at least one of cityMeeting, previousRoundSummary is required");
            if (prep.CityMeeting is { } meeting) CheckRuleId(meeting.RuleId, $"{path}.preparation.cityMeeting.ruleId", rulePrefix, sink);
            if (prep.PreviousRoundSummary is { } summary) CheckRuleId(summary.RuleId, $"{path}.preparation.previousRoundSummary.ruleId", rulePrefix, sink);
        }
        if (v.Implementation is { PlanRuleId: { } planRule }) CheckRuleId(planRule, $"{path}.implementation.planRuleId", rulePrefix, sink);
        if (v.ProjectManagement is { } pm)
        {
            if (pm.FundingModes.Count == 0) sink.Add($"{path}.projectManagement.fundingModes", "at least one mode is required");
            if (pm.AcceptanceModes.Count == 0) sink.Add($"{path}.projectManagement.acceptanceModes", "at least one mode is required");
        }
    }

    private static IEnumerable<(string Name, IPolicySection? Section)> Named(PolicyVersion v) =>
    [
        Of(v.IntakeWindow), Of(v.SelectionQuota), Of(v.RoundCycle), Of(v.WorkMeetings), Of(v.LeadTime), Of(v.Eligibility),
        Of(v.FieldBlock), Of(v.FundingCaps), Of(v.Matching), Of(v.Reporting), Of(v.ApprovalChain), Of(v.ProjectManagement),
        Of(v.Preparation), Of(v.Implementation),
    ];

    private static (string, IPolicySection?) Of<T>(T? section) where T : class, IPolicySection, ISectionName => (T.SectionName, section);

    // A rule id from another seed in this file is almost always a copy-paste error.
    private static void CheckRuleId(string ruleId, string path, string rulePrefix, ProblemSink sink)
    {
        if (!ruleId.StartsWith(rulePrefix + "-", StringComparison.Ordinal) || ruleId.Length == rulePrefix.Length + 1)
        {
            sink.Add(path, $"rule id '{ruleId}' must start with '{rulePrefix}-' and name an article");
        }
    }

    private static void CheckRange(CountRange range, string path, int lowest, ProblemSink sink)
    {
        if (range.Min < lowest) sink.Add($"{path}.min", $"min must be at least {lowest}, got {range.Min}");
        if (range.Min > range.Max) sink.Add(path, $"min {range.Min} is greater than max {range.Max}");
    }
}
