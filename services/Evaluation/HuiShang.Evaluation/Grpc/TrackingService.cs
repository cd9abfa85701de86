using HuiShang.Evaluation.Data;
using HuiShang.Evaluation.Domain;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceDefaults.Idempotency;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Proto = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Grpc;

/// <summary>
/// huishang.evaluation.v1.Tracking: maps messages to the domain and back; one partial file per area. Every
/// handler runs inside <see cref="ServiceProblems.Guard{T}"/>; every change stages its events in the outbox
/// and commits them with the state in one SaveChanges; filings also commit their answer (Idempotency-Key).
/// </summary>
public sealed partial class TrackingService(
    EvaluationDbContext db, IEventOutbox outbox, IdempotentCalls idempotent, [FromKeyedServices(EvaluationClock.Key)] TimeProvider time)
    : Proto.Tracking.TrackingBase
{
    private DateTimeOffset Now => time.GetUtcNow();

    private DateOnly Today => PolicyCalendar.DateOf(Now);

    /// <summary>The plan with its items and notices, if the caller may see it; NOT_FOUND otherwise (api.md tenancy).</summary>
    private async Task<TrackingPlan> LoadAsync(PlatformCaller caller, string agreementId, CancellationToken cancellationToken, bool tracked = true)
    {
        var plans = tracked ? db.Plans : db.Plans.AsNoTracking();
        var plan = Guid.TryParse(agreementId, out var key)
            ? await plans.VisibleTo(caller).Include(p => p.Items).Include(p => p.Notices).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == key, cancellationToken)
            : null;
        return plan ?? throw ServiceProblems.NotFound("Tracking plan of agreement", agreementId);
    }

    private Task<List<Filing>> FilingsAsync(Guid planId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Where(f => f.PlanId == planId).OrderBy(f => f.FiledAt).ToListAsync(cancellationToken);

    private async Task<Proto.TrackingView> ViewAsync(TrackingPlan plan, PlatformCaller caller, CancellationToken cancellationToken) =>
        plan.ToView(await FilingsAsync(plan.Id, cancellationToken), caller, Today);

    /// <summary>
    /// The shape of a change of the plan: the role (PERMISSION_DENIED), the request's fields
    /// (INVALID_ARGUMENT, before any load), the plan (NOT_FOUND), the domain step, one commit.
    /// </summary>
    private Task<Proto.TrackingView> ChangeAsync<TInput>(
        ServerCallContext context, string agreementId, string[] roles, Func<TInput> validate, Func<PlatformCaller, TrackingPlan, TInput, IEnumerable<object>> change) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller(roles);
            var input = validate();
            var plan = await LoadAsync(caller, agreementId, context.CancellationToken);
            foreach (var @event in change(caller, plan, input))
            {
                outbox.Add(@event);
            }

            await SaveAsync(context.CancellationToken);
            return await ViewAsync(plan, caller, context.CancellationToken);
        });

    /// <summary>Commits the change, its history and staged events together; a lost race is a concurrency conflict.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new ConcurrencyConflictException("Someone else changed the tracking plan at the same moment; reload it and try again.");
        }
    }
}
