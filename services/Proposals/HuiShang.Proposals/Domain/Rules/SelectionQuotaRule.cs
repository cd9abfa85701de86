using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>GX-10: 1 key and 1–2 general cities a year; extras are outside the quota.</summary>
public static class SelectionQuotaRule
{
    public static void Check(PolicyVersion policy, SelectionRequest request)
    {
        if (policy.Find<SelectionQuota>() is not { } quota)
        {
            return;
        }

        var key = request.Key is null ? 0 : 1;
        if (key > quota.Key.Max || request.General.Count > quota.General.Max)
        {
            throw new RuleViolationException("quota-full", quota.RuleId,
                $"At most {quota.Key.Max} key and {quota.General.Max} general proposals a year; {key} key and {request.General.Count} general were chosen.");
        }

        var errors = new List<KeyValuePair<string, string>>();
        if (key < quota.Key.Min)
        {
            errors.Add(new("key", $"{quota.RuleId}: at least {quota.Key.Min} key proposal."));
        }

        if (request.General.Count < quota.General.Min)
        {
            errors.Add(new("general", $"{quota.RuleId}: at least {quota.General.Min} general proposal(s)."));
        }

        if (errors.Count > 0)
        {
            throw RuleViolationException.Validation(quota.RuleId, "Too few proposals were chosen.", errors);
        }
    }
}
