using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>GX-13: every topic carries its prior-work basis, the initial alignment and the next local measures.</summary>
public static class TopicBasisRule
{
    public static void Check(SubmissionContext context)
    {
        if (context.Policy.Find<LeadTime>() is not { } lead)
        {
            return;
        }

        var errors = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < context.Proposal.Topics.Count; i++)
        {
            var topic = context.Proposal.Topics[i];
            Need(errors, $"topics[{i}].priorWork", topic.PriorWork, lead.RuleId);
            Need(errors, $"topics[{i}].alignment", topic.Alignment, lead.RuleId);
            Need(errors, $"topics[{i}].nextSteps", topic.NextSteps, lead.RuleId);
        }

        if (errors.Count > 0)
        {
            throw RuleViolationException.Validation(lead.RuleId, "Every topic needs its prior work, alignment and next steps.", errors);
        }
    }

    private static void Need(List<KeyValuePair<string, string>> errors, string field, string? value, string ruleId)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, $"{ruleId}: required at submission."));
        }
    }
}
