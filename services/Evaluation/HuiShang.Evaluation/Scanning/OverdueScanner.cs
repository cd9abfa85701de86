using HuiShang.Evaluation.Data;
using HuiShang.Evaluation.Domain;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Evaluation.Scanning;

/// <summary>
/// One pass over the open plans (GX-19): ledgers, annual reports and items past their due dates are raised
/// once per period or item and escalation level (the plan records each notice) and go out through the
/// outbox with that record. A plan changed concurrently is left for the next pass.
/// </summary>
public sealed class OverdueScanner(
    EvaluationDbContext db, IEventOutbox outbox, [FromKeyedServices(EvaluationClock.Key)] TimeProvider time, ILogger<OverdueScanner> logger)
{
    /// <summary>Returns how many notices were staged and committed.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = PolicyCalendar.DateOf(now);
        var ids = await db.Plans.AsNoTracking().Where(p => p.Status == TrackingStatus.Open).Select(p => p.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in ids)
        {
            sent += await ScanOneAsync(id, today, now, cancellationToken);
        }

        return sent;
    }

    private async Task<int> ScanOneAsync(Guid id, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var plan = await db.Plans.Include(p => p.Items).Include(p => p.Notices).AsSplitQuery().SingleAsync(p => p.Id == id, cancellationToken);
        var filed = (await db.Filings.AsNoTracking().Where(f => f.PlanId == id).Select(f => new { f.Kind, f.Year, f.Quarter }).Distinct().ToListAsync(cancellationToken))
            .Select(f => PeriodKeys.Of(f.Kind, f.Year, f.Quarter)).ToHashSet(StringComparer.Ordinal);
        var notices = plan.NoticeOverdue(filed, today, now);
        if (notices.Count == 0)
        {
            return 0;
        }

        foreach (var notice in notices)
        {
            outbox.Add(notice);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return notices.Count;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
        {
            logger.LogInformation("Tracking plan {PlanId} changed during the overdue scan; the next pass picks it up.", id);
            return 0;
        }
    }
}
