using HuiShang.Agreements.Data;
using HuiShang.Agreements.Domain;
using HuiShang.Messaging;
using HuiShang.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuiShang.Agreements.Scanning;

/// <summary>
/// One pass over the deadlines: GX-15 comment rounds with silent divisions after their due date, and
/// HB-15 frameworks close to expiry. Each notice is sent once (the agreement records it) and goes out
/// through the outbox with that record. An agreement changed concurrently is left for the next pass.
/// </summary>
public sealed class DeadlineScanner(
    AgreementsDbContext db, IEventOutbox outbox, IOptions<AgreementsOptions> options,
    [FromKeyedServices(AgreementsClock.Key)] TimeProvider time, ILogger<DeadlineScanner> logger)
{
    /// <summary>Returns how many notices were staged and committed.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = PolicyCalendar.DateOf(now);
        var sent = 0;
        foreach (var id in await CandidatesAsync(today, cancellationToken))
        {
            sent += await ScanOneAsync(id, today, now, cancellationToken);
        }

        return sent;
    }

    internal async Task<List<Guid>> CandidatesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var noticeFrom = today.AddDays(options.Value.ExpiryNoticeDays);
        // Only rounds that can still be noticed (as Agreement.NoticeOverdueRounds decides): a round on a
        // superseded version or of a signed agreement would otherwise be reloaded on every pass for ever.
        var overdue =
            from r in db.CommentRounds
            join a in db.Agreements on r.AgreementId equals a.Id
            where a.Status != AgreementStatus.Signed && r.Version == a.CurrentVersion
                && r.OverdueNoticedAt == null && r.ClosedAt == null && r.DueOn < today
            select a.Id;
        var expiring = db.Agreements
            .Where(a => a.Status == AgreementStatus.Signed && a.ExpiryNoticedAt == null && a.ExpiresOn != null && a.ExpiresOn <= noticeFrom)
            .Select(a => a.Id);
        return await overdue.Union(expiring).ToListAsync(cancellationToken);
    }

    private async Task<int> ScanOneAsync(Guid id, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var agreement = await db.Agreements.Include(a => a.Rounds).AsSplitQuery().FirstAsync(a => a.Id == id, cancellationToken);
        var notices = new List<object>(agreement.NoticeOverdueRounds(today, now));
        if (agreement.NoticeExpiry(today, options.Value.ExpiryNoticeDays, now) is { } expiring)
        {
            notices.Add(expiring);
        }

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
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Agreement {AgreementId} changed during the deadline scan; the next pass retries it.", id);
            return 0;
        }
    }
}
