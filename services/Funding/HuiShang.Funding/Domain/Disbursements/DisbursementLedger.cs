using HuiShang.Funding.Domain.Plans;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain.Disbursements;

/// <summary>
/// The money of one approved project per source, summed in memory (decimal, exact: SQLite keeps decimals
/// as text and cannot sum them). Arrived may not exceed the plan's share; spent may not exceed arrived.
/// </summary>
public sealed class DisbursementLedger(FundingPlan plan, DateOnly approvedOn, IReadOnlyList<Disbursement> entries)
{
    public decimal Total(string source, string kind)
    {
        var total = 0m;
        foreach (var entry in entries)
        {
            if (entry.Source == source && entry.Kind == kind)
            {
                total += entry.Amount;
            }
        }

        return total;
    }

    /// <summary>Refuses a record that would take a source past its share, or spend more than arrived.</summary>
    public void Check(DisbursementDraft draft)
    {
        if (!plan.Sources.Contains(draft.Source))
        {
            throw DomainValidationException.For("source", $"The plan ({plan.PolicyVersion}) funds {string.Join(", ", plan.Sources)} only.");
        }

        var committed = plan.ShareOf(draft.Source);
        var arrived = Total(draft.Source, FundingSources.Arrived);
        var spent = Total(draft.Source, FundingSources.Spent);
        if (draft.Kind == FundingSources.Arrived && arrived + draft.Amount > committed)
        {
            throw DomainValidationException.For("amount",
                $"{draft.Source}: {Money.Words(arrived)} of {Money.Words(committed)} committed has arrived; {Money.Words(draft.Amount)} more would exceed the committed share.");
        }

        if (draft.Kind == FundingSources.Spent && spent + draft.Amount > arrived)
        {
            throw DomainValidationException.For("amount",
                $"{draft.Source}: {Money.Words(spent)} of {Money.Words(arrived)} arrived is spent; {Money.Words(draft.Amount)} more would spend money that has not arrived.");
        }
    }

    public IReadOnlyList<SourceSummary> Summarize(DateOnly today) => plan.Sources.Select(source => Summary(source, today)).ToList();

    public SourceSummary Summary(string source, DateOnly today)
    {
        var committed = plan.ShareOf(source);
        var arrived = Total(source, FundingSources.Arrived);
        var dueOn = plan.DueOn(source, approvedOn);
        // The rate is a fraction with 4 places ("0.5000"), rounded half away from zero like the money.
        decimal? rate = committed == 0 ? null : Math.Round(arrived / committed, 4, MidpointRounding.AwayFromZero);
        var shortfall = dueOn is { } due && today > due && arrived < committed;
        return new SourceSummary(source, committed, arrived, Total(source, FundingSources.Spent), rate, dueOn, shortfall);
    }
}
