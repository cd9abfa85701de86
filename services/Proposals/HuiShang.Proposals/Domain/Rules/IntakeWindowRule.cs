using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>GX-10: proposals arrive within the call's window (Q1). HB-16 "any time" has no window to check.</summary>
public static class IntakeWindowRule
{
    public static void Check(SubmissionContext context)
    {
        if (context.Policy.Find<IntakeWindow>() is not { Kind: IntakeKind.Window } intake || context.Call.IsOpenOn(context.Today))
        {
            return;
        }

        throw new RuleViolationException("window-closed", intake.RuleId,
            $"The call of {context.Call.Year} accepts proposals from {context.Call.OpensOn:yyyy-MM-dd} to {context.Call.ClosesOn:yyyy-MM-dd}; today is {context.Today:yyyy-MM-dd}.");
    }
}
