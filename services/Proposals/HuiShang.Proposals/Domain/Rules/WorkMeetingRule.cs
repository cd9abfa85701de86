using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>
/// HB-17: under a live framework (HB-15) a region's selection is its next work meeting (协议书), due every
/// 1–2 years by the profile's <c>workMeetings.everyYears</c>, not a new framework round. The minimum is
/// enforced (a second meeting sooner is <c>cycle-not-due</c> with the work meetings' rule id); the maximum is
/// a target the seed states ("原则上"), not a reason to refuse. HB-18: the framework's own selection counts as
/// the first meeting. Without the section, or once the framework has expired, the round cycle applies.
/// </summary>
public static class WorkMeetingRule
{
    /// <summary>The framework the choice is a work meeting under, or null when the round cycle decides.</summary>
    public static SignedFramework? Check(PolicyVersion policy, Call call, Proposal proposal, RegionRounds rounds, DateOnly today)
    {
        if (policy.Find<WorkMeetings>() is not { } meetings || rounds.Framework is not { } framework || !framework.IsLiveOn(today))
        {
            return null;
        }

        var minimum = meetings.EveryYears.Min;
        if (rounds.LastSelectedYear is { } last && call.Year - last < minimum)
        {
            throw new RuleViolationException("cycle-not-due", meetings.RuleId,
                $"Region {proposal.RegionCode} held a consultation in {last}; under its framework a work meeting is due from {last + minimum} (every {meetings.EveryYears.Min}–{meetings.EveryYears.Max} years).");
        }

        return framework;
    }
}
