using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain.Rules;

/// <summary>HB-11..13: R&amp;D/GDP rises year on year and fiscal S&amp;T spending grows faster than regular revenue.</summary>
public static class EligibilityRule
{
    public static void Check(SubmissionContext context)
    {
        if (context.Policy.Find<Eligibility>() is not { } eligibility)
        {
            return;
        }

        var f = context.Proposal.Figures;
        var errors = new List<KeyValuePair<string, string>>();
        Need(errors, "figures.rdGdpRatio", f.RdGdpRatio);
        Need(errors, "figures.rdGdpRatioPrevious", f.RdGdpRatioPrevious);
        Need(errors, "figures.fiscalStSpendingGrowth", f.FiscalStSpendingGrowth);
        Need(errors, "figures.regularRevenueGrowth", f.RegularRevenueGrowth);
        if (errors.Count > 0)
        {
            throw RuleViolationException.Validation(eligibility.RuleId, "The eligibility figures are required.", errors);
        }

        var failures = eligibility.Failures(new EligibilityFigures(
            f.RdGdpRatio!.Value, f.RdGdpRatioPrevious!.Value, f.FiscalStSpendingGrowth!.Value, f.RegularRevenueGrowth!.Value));
        if (failures.Count > 0)
        {
            throw new RuleViolationException("not-eligible", eligibility.RuleId, $"Not eligible: {string.Join("; ", failures)}.");
        }
    }

    private static void Need(List<KeyValuePair<string, string>> errors, string field, decimal? value)
    {
        if (value is null)
        {
            errors.Add(new(field, "Required by the eligibility rule."));
        }
    }
}
