using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Evaluation.Domain;

/// <summary>GX-19: the implementation plan, quarterly ledgers and annual reports the city bureau files.</summary>
public sealed partial class TrackingPlan
{
    /// <summary>
    /// A filing for its period. <paramref name="latest"/> is the period's latest revision (null: none yet);
    /// the draft's expected revision must name it (If-Match), so a re-filing made from a stale read is
    /// refused instead of silently replacing a colleague's. Late is accepted and marked; filing clears
    /// the period's overdue notice.
    /// </summary>
    public Filing File(FilingDraft draft, Filing? latest, string by, DateOnly today, DateTimeOffset now)
    {
        RequireOpen("filed");
        var (dueOn, ruleId) = CheckPeriod(draft, today);
        CheckEntries(draft, ruleId);
        var revision = latest?.Revision ?? 0;
        if (draft.ExpectedRevision != revision)
        {
            throw draft.ExpectedRevision == 0
                ? new RuleViolationException("precondition-required", ruleId,
                    $"Revision {revision} of this period is on file: a re-filing must name it (If-Match \"{revision}\"); the earlier revision is kept.")
                : new ConcurrencyConflictException($"The latest revision of this period is {revision}, not {draft.ExpectedRevision}: reload it and file again.");
        }

        var filing = Filing.Create(Id, draft, revision + 1, dueOn, ruleId, by, today, now);
        var cleared = FindNotice(filing.PeriodKey) is { IsOpen: true } notice;
        FindNotice(filing.PeriodKey)?.Clear(now);
        var late = filing.Late ? $", late (due {dueOn:yyyy-MM-dd})" : "";
        Changed(Status, $"file-{draft.Kind}", by, now, $"{filing.PeriodKey} revision {filing.Revision}{late}{(cleared ? ", overdue cleared" : "")}");
        return filing;
    }

    /// <summary>GX-19: the coordinating division returns the latest revision of a period with a reason the city sees.</summary>
    public void Return(Filing filing, Filing latest, string reason, string by, DateTimeOffset now)
    {
        RequireOpen("returned");
        if (filing.Id != latest.Id)
        {
            throw new InvalidStateException($"Revision {filing.Revision} was superseded by revision {latest.Revision}: only the latest can be returned.");
        }

        filing.ReturnForRevision(reason, by, now);
        Changed(Status, $"return-{filing.Kind}", by, now, $"{filing.PeriodKey} revision {filing.Revision}: {reason}");
    }

    /// <summary>The period must be one this agreement reports for: from its signing to today.</summary>
    private (DateOnly? DueOn, string RuleId) CheckPeriod(FilingDraft draft, DateOnly today)
    {
        switch (draft.Kind)
        {
            case FilingKinds.Ledger:
                if (draft.Quarter is < 1 or > 4)
                {
                    throw RuleViolationException.Validation(Terms.ReportingRuleId, "A ledger is for one quarter.", [new("quarter", "1 to 4.")]);
                }

                if (Quarters.LastDay(draft.Year, draft.Quarter) < SignedOn || Quarters.FirstDay(draft.Year, draft.Quarter) > today)
                {
                    throw new InvalidStateException(
                        $"{draft.Year} Q{draft.Quarter} is not a quarter of this agreement's reporting: from {SignedOn.Year} Q{Quarters.Of(SignedOn)} (signed {SignedOn:yyyy-MM-dd}) to the current quarter.");
                }

                return (Terms.LedgerDueOn(draft.Year, draft.Quarter), Terms.ReportingRuleId);
            case FilingKinds.AnnualReport:
                if (draft.Year < SignedOn.Year || draft.Year > today.Year)
                {
                    throw new InvalidStateException($"{draft.Year} is not a year of this agreement's reporting: from {SignedOn.Year} to {today.Year}.");
                }

                return (Terms.AnnualReportDueOn(draft.Year), Terms.ReportingRuleId);
            default:
                return (null, Terms.PlanRuleId);
        }
    }

    /// <summary>GX-19: a ledger or report has an entry for every city item, for items of this agreement only, once each.</summary>
    private void CheckEntries(FilingDraft draft, string ruleId)
    {
        if (draft.Kind == FilingKinds.ImplementationPlan)
        {
            return;
        }

        var errors = new FieldErrors();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < draft.Entries.Count; i++)
        {
            var entry = draft.Entries[i];
            if (FindItem(entry.ItemId) is null)
            {
                errors.Add($"entries[{i}].itemId", "Not an agreed item of this agreement.");
            }
            else if (!seen.Add(entry.ItemId))
            {
                errors.Add($"entries[{i}].itemId", "The item has an entry already.");
            }
        }

        var missing = _items.Where(item => item.IsCityItem && !seen.Contains(item.Id)).OrderBy(item => item.Position).ToList();
        if (missing.Count > 0)
        {
            errors.Add("entries", $"An entry for every city item is required; missing: {string.Join("、", missing.Select(item => item.Title))}.");
        }

        if (errors.Any)
        {
            throw RuleViolationException.Validation(ruleId, "The filing's entries do not match the agreed items.", errors);
        }
    }
}
