using HuiShang.Agreements.Data;
using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Agreement = HuiShang.Agreements.Domain.Agreement;
using AgreementVersion = HuiShang.Agreements.Domain.AgreementVersion;
using Proto = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Agreements.Grpc;

/// <summary>
/// huishang.agreements.v1.Agreements: reads and the shared load/save steps. Every handler runs inside
/// <see cref="ServiceProblems.Guard{T}"/>, so the domain's refusals become statuses with problem types.
/// </summary>
public sealed partial class AgreementsService(
    AgreementsDbContext db, IEventOutbox outbox, [FromKeyedServices(AgreementsClock.Key)] TimeProvider time)
    : HuiShang.Contracts.Agreements.V1.Agreements.AgreementsBase
{
    private DateTimeOffset Now => time.GetUtcNow();

    private DateOnly Today => PolicyCalendar.DateOf(Now);

    public override Task<Proto.Agreement> GetAgreement(GetAgreementRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var agreement = await LoadAsync(context.RequireCaller(), request.Id, context.CancellationToken);
            return await ReplyAsync(agreement, context.CancellationToken);
        });

    /// <summary>
    /// The shape of every change: the role (PERMISSION_DENIED), the request's fields (INVALID_ARGUMENT,
    /// before any load: a bad body is a 400 whatever the ids name), the owner (NOT_FOUND), the step, one commit.
    /// </summary>
    private Task<Proto.Agreement> ChangeAsync<TInput>(
        ServerCallContext context, string id, string[] roles, Func<TInput> validate, Action<PlatformCaller, Agreement, TInput> change) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller(roles);
            var input = validate();
            var agreement = await LoadAsync(caller, id, context.CancellationToken);
            change(caller, agreement, input);
            return await SaveAsync(agreement, context.CancellationToken);
        });

    private Task<Proto.Agreement> ChangeAsync(ServerCallContext context, string id, string[] roles, Action<PlatformCaller, Agreement> change) =>
        ChangeAsync(context, id, roles, () => true, (caller, agreement, _) => change(caller, agreement));

    /// <summary>The agreement with its rounds and reviews, if the caller may see it; NOT_FOUND otherwise (api.md tenancy).</summary>
    private async Task<Agreement> LoadAsync(PlatformCaller caller, string id, CancellationToken cancellationToken)
    {
        var agreement = Guid.TryParse(id, out var key)
            ? await db.Agreements.Include(a => a.Rounds).Include(a => a.Reviews).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == key, cancellationToken)
            : null;
        return agreement is not null && caller.CanSee(agreement) ? agreement : throw ServiceProblems.NotFound("Agreement", id);
    }

    private Task<AgreementVersion?> FindVersionAsync(Guid agreementId, int number, CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.AgreementId == agreementId && v.Number == number, cancellationToken);

    private async Task<AgreementVersion> VersionAsync(Agreement agreement, int number, CancellationToken cancellationToken) =>
        await FindVersionAsync(agreement.Id, number == 0 ? agreement.CurrentVersion : number, cancellationToken)
        ?? throw ServiceProblems.NotFound("Version", $"{agreement.Id}/{number}");

    private async Task<Proto.Agreement> ReplyAsync(Agreement agreement, CancellationToken cancellationToken) =>
        agreement.ToMessage(await VersionAsync(agreement, agreement.CurrentVersion, cancellationToken), Today);

    /// <summary>Commits the change, its history and staged events together; a lost race is a concurrency conflict.</summary>
    private async Task<Proto.Agreement> SaveAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new ConcurrencyConflictException("Someone else changed the agreement at the same moment; reload it and try again.");
        }

        return await ReplyAsync(agreement, cancellationToken);
    }
}
