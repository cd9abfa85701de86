using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>GX-13: the formal proposal arrives at least the profile's months before the planned meeting.</summary>
public static class LeadTimeRule
{
    public static void Check(SubmissionContext context)
    {
        if (context.Policy.Find<LeadTime>() is not { } lead)
        {
            return;
        }

        var latest = lead.LatestSubmissionFor(context.Proposal.PlannedMeetingOn);
        if (context.Today > latest)
        {
            throw new RuleViolationException("lead-time", lead.RuleId,
                $"A meeting planned for {context.Proposal.PlannedMeetingOn:yyyy-MM-dd} needs the proposal by {latest:yyyy-MM-dd} ({lead.MinimumMonths} months ahead); today is {context.Today:yyyy-MM-dd}.");
        }
    }
}
