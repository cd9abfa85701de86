using HuiShang.Funding.Data;
using HuiShang.Funding.Domain;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Idempotency;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Grpc;

/// <summary>
/// huishang.funding.v1.Funding: maps messages to the domain and back; one partial file per area.
/// Every change stages its events in the outbox and commits them with the state in one SaveChanges;
/// writes that may be retried also commit their answer there (Idempotency-Key, IdempotentCalls).
/// </summary>
public sealed partial class FundingService(
    FundingDbContext db, IEventOutbox outbox, PolicyCatalog policies, IdempotentCalls idempotent,
    [FromKeyedServices(FundingClock.Key)] TimeProvider time)
    : HuiShang.Contracts.Funding.V1.Funding.FundingBase
{
    private DateOnly Today => PolicyCalendar.DateOf(time.GetUtcNow());

    private void Stage(IEnumerable<object> events)
    {
        foreach (var @event in events)
        {
            outbox.Add(@event);
        }
    }

    private static async Task<Project> FindAsync(IQueryable<Project> projects, string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key) && await projects.FirstOrDefaultAsync(p => p.Id == key, cancellationToken) is { } project
            ? project
            : throw ServiceProblems.NotFound("Project", id);
}
