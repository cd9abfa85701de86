using HuiShang.Contracts.Funding.V1;
using HuiShang.Contracts.Identity;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using DisbursementEntity = HuiShang.Funding.Domain.Disbursements.Disbursement;
using Project = HuiShang.Funding.Domain.Project;

namespace HuiShang.Funding.Grpc;

/// <summary>Funds arrived (到位) and spent per source, checked against the plan's shares (domain.md §2.3).</summary>
public sealed partial class FundingService
{
    public override async Task<DisbursementSummary> RecordDisbursement(RecordDisbursementRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning, Roles.CityBureau, Roles.District);
        return await ServiceProblems.Guard(() => ConcurrentWrites.RetryAsync(db, () => idempotent.OnceAsync(db, context, nameof(RecordDisbursement), request, async () =>
        {
            var draft = DisbursementValidator.Validate(request, Today);
            var project = await FindAsync(db.Projects.VisibleTo(caller), request.ProjectId, context.CancellationToken);
            EnsureMayRecord(caller, draft.Source);
            var entries = await EntriesAsync(project.Id, context.CancellationToken);
            var (entry, disbursed) = project.RecordDisbursement(draft, entries, caller.Subject, time.GetUtcNow());
            db.Disbursements.Add(entry);
            outbox.Add(disbursed);
            var reply = Summary(project, [.. entries, entry]);
            idempotent.Record(db, context, nameof(RecordDisbursement), request, reply);
            // The project's version is the token: two records racing for the same share cannot both pass the check.
            await db.SaveChangesAsync(context.CancellationToken);
            return reply;
        })));
    }

    public override async Task<DisbursementSummary> GetDisbursements(GetProjectRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var project = await FindAsync(db.Projects.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
        return Summary(project, await EntriesAsync(project.Id, context.CancellationToken));
    }

    /// <summary>Province planning records any source, the city bureau its city's two, a district its own share.</summary>
    private static void EnsureMayRecord(PlatformCaller caller, string source)
    {
        var allowed = caller.HasRole(Roles.ProvincePlanning) ? FundingSources.All
            : caller.HasRole(Roles.CityBureau) ? [FundingSources.CityLevel, FundingSources.District]
            : [FundingSources.District];
        if (!allowed.Contains(source))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Your role records {string.Join(" and ", allowed)} funds only, not {source}."));
        }
    }

    private Task<List<DisbursementEntity>> EntriesAsync(Guid projectId, CancellationToken cancellationToken) =>
        db.Disbursements.AsNoTracking().Where(d => d.ProjectId == projectId).OrderBy(d => d.At).ThenBy(d => d.Id).ToListAsync(cancellationToken);

    private DisbursementSummary Summary(Project project, IReadOnlyList<DisbursementEntity> entries)
    {
        var reply = new DisbursementSummary { ProjectId = project.Id.ToString() };
        if (project.Plan is { } plan && project.ApprovedOn is { } approvedOn)
        {
            reply.Sources.AddRange(new DisbursementLedger(plan, approvedOn, entries).Summarize(Today).Select(s => s.ToMessage()));
        }

        reply.Entries.AddRange(entries.Select(e => e.ToMessage()));
        return reply;
    }
}
