using HuiShang.Contracts.Events;
using HuiShang.Funding.Data;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using HuiShang.Messaging;
using HuiShang.Policies;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Scanning;

/// <summary>
/// XJ-4.2/4.3: every <c>Funding:ScanInterval</c> (default 5 minutes) looks for matching sources still short
/// of their share after the plan's arrival deadline, and publishes MatchingShortfallDetected once per project
/// and source (the alert row's key makes "once" hold even when two replicas scan at the same time).
/// </summary>
public sealed class ShortfallScanner(
    IServiceScopeFactory scopes, [FromKeyedServices(FundingClock.Key)] TimeProvider time, IConfiguration configuration, ILogger<ShortfallScanner> logger)
    : BackgroundService
{
    public const string IntervalKey = "Funding:ScanInterval";

    private TimeSpan Interval => configuration.GetValue(IntervalKey, TimeSpan.FromMinutes(5));

    /// <summary>One pass; returns how many shortfalls it announced. Public so tests and operators can run it now.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();
        var now = time.GetUtcNow();
        var today = PolicyCalendar.DateOf(now);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => Project.Funded.Contains(p.Status) && p.Plan != null && p.Plan.MatchingApplied && p.Plan.ArrivalDeadlineDays != null)
            .ToListAsync(cancellationToken);
        var ids = projects.Select(p => p.Id).ToList();
        var alerted = (await db.ShortfallAlerts.AsNoTracking().Where(a => ids.Contains(a.ProjectId)).Select(a => new { a.ProjectId, a.Source })
            .ToListAsync(cancellationToken)).Select(a => (a.ProjectId, a.Source)).ToHashSet();
        var entries = (await db.Disbursements.AsNoTracking().Where(d => ids.Contains(d.ProjectId)).ToListAsync(cancellationToken)).ToLookup(d => d.ProjectId);
        var found = 0;
        foreach (var project in projects)
        {
            var ledger = new DisbursementLedger(project.Plan!, project.ApprovedOn!.Value, entries[project.Id].ToList());
            foreach (var source in new[] { FundingSources.CityLevel, FundingSources.District })
            {
                var summary = ledger.Summary(source, today);
                if (summary.Shortfall && !alerted.Contains((project.Id, source)))
                {
                    db.ShortfallAlerts.Add(ShortfallAlert.Of(project.Id, summary, now));
                    outbox.Add(new MatchingShortfallDetected(project.Id, project.RegionCode, project.DistrictCode, project.JurisdictionCode,
                        source, summary.Committed, summary.Arrived, summary.DueOn!.Value, project.Plan!.RuleIds[0], now));
                    found++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return found;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass (database away, a racing replica's alert) is retried on the next tick.
                logger.LogWarning(ex, "Shortfall scan failed; retrying in {Interval}.", Interval);
            }
        }
    }
}
