using HuiShang.Contracts.Events;

namespace HuiShang.Evaluation.Domain;

/// <summary>
/// GX-19: ledgers and annual reports past their due date, and agreed items past theirs (GX-18 / HB-21 /
/// XJ-5.3), are raised once per period or item and escalated once per level; filing clears them.
/// </summary>
public sealed partial class TrackingPlan
{
    /// <summary>Periods this agreement reports for up to <paramref name="today"/>, with their due dates (null: no due date).</summary>
    public IReadOnlyList<(string Kind, int Year, int Quarter, DateOnly? DueOn)> Periods(DateOnly today)
    {
        var last = FulfilledOn is { } fulfilled && fulfilled < today ? fulfilled : today;
        var periods = new List<(string, int, int, DateOnly?)> { (FilingKinds.ImplementationPlan, 0, 0, null) };
        if (!Terms.HasReporting)
        {
            return periods;
        }

        periods.AddRange(Quarters.Between(SignedOn, last).Select(q => (FilingKinds.Ledger, q.Year, q.Quarter, Terms.LedgerDueOn(q.Year, q.Quarter))));
        for (var year = SignedOn.Year; year <= last.Year; year++)
        {
            // A report is due for a year only if the agreement was signed before that year's due date.
            if (Terms.AnnualReportDueOn(year) is { } due && SignedOn <= due)
            {
                periods.Add((FilingKinds.AnnualReport, year, 0, due));
            }
        }

        return periods;
    }

    /// <summary>
    /// One scan of this plan: the events to publish (none twice for the same period, item and level).
    /// <paramref name="filedPeriods"/> are the period keys with at least one filing.
    /// </summary>
    public IReadOnlyList<object> NoticeOverdue(IReadOnlySet<string> filedPeriods, DateOnly today, DateTimeOffset now)
    {
        if (Status != TrackingStatus.Open)
        {
            return [];
        }

        var events = new List<object>();
        foreach (var (kind, year, quarter, dueOn) in Periods(today))
        {
            var key = PeriodKeys.Of(kind, year, quarter);
            if (dueOn is { } due && today > due && !filedPeriods.Contains(key) && Raise(key, due, today, now) is { } level)
            {
                events.Add(kind == FilingKinds.Ledger
                    ? new LedgerOverdue(Id, RegionCode, JurisdictionCode, year, quarter, due, level, Terms.ReportingRuleId, now)
                    : new AnnualReportOverdue(Id, RegionCode, JurisdictionCode, year, due, level, Terms.ReportingRuleId, now));
            }
        }

        // Where the profile binds no side to its items (no implementation section) an item is never overdue.
        if (Terms.HasImplementation)
        {
            foreach (var item in Items.Where(i => i.IsOverdue(today)))
            {
                if (Raise(PeriodKeys.OfItem(item.Id), item.DueOn!.Value, today, now) is { } level)
                {
                    events.Add(new ObligationOverdue(Id, item.Id, RegionCode, JurisdictionCode, item.Title, item.OwnerSide, item.Division,
                        item.DueOn.Value, level, Terms.ImplementationRuleId, now));
                }
            }
        }

        if (events.Count > 0)
        {
            Changed(Status, "overdue-notice", System, now, string.Join("; ", events.Select(Describe)));
        }

        return events;
    }

    /// <summary>The open, uncleared notices: what the tracking view and the overview count as overdue.</summary>
    public int OpenOverdueCount => _notices.Count(n => n.IsOpen);

    /// <summary>The level to announce, or null when this notice and level were sent before (or it was cleared).</summary>
    private int? Raise(string key, DateOnly dueOn, DateOnly today, DateTimeOffset now)
    {
        var level = Terms.EscalationLevel(dueOn, today);
        if (FindNotice(key) is { } notice)
        {
            return notice.EscalateTo(level, now) ? level : null;
        }

        _notices.Add(OverdueNotice.Raise(Id, key, dueOn, level, now));
        return level;
    }

    private static string Describe(object notice) => notice switch
    {
        LedgerOverdue l => $"ledger {l.Year}-Q{l.Quarter} level {l.EscalationLevel}",
        AnnualReportOverdue a => $"annual report {a.Year} level {a.EscalationLevel}",
        ObligationOverdue o => $"item {o.Title} level {o.EscalationLevel}",
        _ => notice.GetType().Name,
    };
}
