using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>GX-21: no new topic in a field where the city still has unfinished consultation projects.</summary>
public static class FieldBlockRule
{
    public static void Check(SubmissionContext context)
    {
        if (context.Policy.Find<FieldBlock>() is not { Enabled: true } block)
        {
            return;
        }

        var blocked = context.Proposal.Topics
            .Select(t => t.Field)
            .Distinct(StringComparer.Ordinal)
            .Select(field => (Field: field, Projects: context.UnfinishedProjects.Where(p => p.Field == field).Select(p => p.Title).ToList()))
            .Where(f => f.Projects.Count > 0)
            .ToList();
        if (blocked.Count > 0)
        {
            var detail = string.Join("; ", blocked.Select(b => $"field '{b.Field}' has unfinished projects: {string.Join(", ", b.Projects)}"));
            throw new RuleViolationException("field-blocked", block.RuleId, $"No new topic in a field with unfinished projects: {detail}.");
        }
    }
}
