namespace HuiShang.Proposals.Domain.Rules;

/// <summary>
/// GX-11: the city government's needs meeting; GX-12 / HB-19(一): the previous round's summary.
/// Neither is required for a city's first consultation (no earlier selected proposal here).
/// </summary>
public static class FirstConsultationRule
{
    public const string CityMeetingRuleId = "GX-11";
    public const string SummaryRuleId = "GX-12";

    public static void Check(SubmissionContext context)
    {
        if (context.IsFirstConsultation)
        {
            return;
        }

        var errors = new List<KeyValuePair<string, string>>();
        if (context.Proposal.CityMeetingOn is null)
        {
            errors.Add(new("cityMeetingOn", $"{CityMeetingRuleId}: the date of the city government's meeting on its S&T needs is required."));
        }

        if (string.IsNullOrWhiteSpace(context.Proposal.PreviousRoundSummary))
        {
            errors.Add(new("previousRoundSummary", $"{SummaryRuleId}: a summary of the previous round is required after the first consultation."));
        }

        if (errors.Count > 0)
        {
            var ruleId = context.Proposal.CityMeetingOn is null ? CityMeetingRuleId : SummaryRuleId;
            throw RuleViolationException.Validation(ruleId, "A city that consulted before must add its needs meeting and previous-round summary.", errors);
        }
    }
}
