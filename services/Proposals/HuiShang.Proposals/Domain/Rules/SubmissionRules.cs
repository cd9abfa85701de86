namespace HuiShang.Proposals.Domain.Rules;

/// <summary>The rules checked at submission, in the order a city would fix them; the first refusal is thrown.</summary>
public static class SubmissionRules
{
    public static void Check(SubmissionContext context)
    {
        IntakeWindowRule.Check(context);
        FirstConsultationRule.Check(context);
        LeadTimeRule.Check(context);
        TopicBasisRule.Check(context);
        FieldBlockRule.Check(context);
        EligibilityRule.Check(context);
    }
}
