using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>
/// The profile's <see cref="Preparation"/> section (GX-11 city needs meeting, GX-12 / HB-19(一) previous-round
/// summary): each item present is required, unless the item exempts a first consultation (no earlier
/// selected proposal of the region here). No section, or no item: nothing is required.
/// </summary>
public static class FirstConsultationRule
{
    public static void Check(SubmissionContext context)
    {
        if (context.Policy.Find<Preparation>() is not { } preparation)
        {
            return;
        }

        var errors = new List<KeyValuePair<string, string>>();
        string? ruleId = null;
        if (preparation.CityMeeting is { } meeting && meeting.RequiredFor(context.IsFirstConsultation) && context.Proposal.CityMeetingOn is null)
        {
            ruleId ??= meeting.RuleId;
            errors.Add(new("cityMeetingOn", $"{meeting.RuleId}: the date of the city government's meeting on its S&T needs is required."));
        }

        if (preparation.PreviousRoundSummary is { } summary && summary.RequiredFor(context.IsFirstConsultation)
            && string.IsNullOrWhiteSpace(context.Proposal.PreviousRoundSummary))
        {
            ruleId ??= summary.RuleId;
            errors.Add(new("previousRoundSummary", $"{summary.RuleId}: a summary of the previous round is required after the first consultation."));
        }

        if (errors.Count > 0)
        {
            throw RuleViolationException.Validation(ruleId!, "The preparation the policy asks for is missing.", errors);
        }
    }
}
