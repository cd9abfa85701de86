using HuiShang.Contracts.Identity;
using HuiShang.Evaluation.Domain;
using Grpc.Core;
using Google.Protobuf;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Proto = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Grpc;

/// <summary>GX-19: the city bureau's implementation plan, ledgers and annual reports; returns by the coordinating division.</summary>
public sealed partial class TrackingService
{
    public override Task<Proto.Filing> FileImplementationPlan(Proto.FileImplementationPlanRequest request, ServerCallContext context) =>
        FileAsync(context, nameof(FileImplementationPlan), request, request.AgreementId, () => FilingValidator.ImplementationPlan(request));

    public override Task<Proto.Filing> FileLedger(Proto.FileLedgerRequest request, ServerCallContext context) =>
        FileAsync(context, nameof(FileLedger), request, request.AgreementId, () => FilingValidator.Ledger(request));

    public override Task<Proto.Filing> FileAnnualReport(Proto.FileAnnualReportRequest request, ServerCallContext context) =>
        FileAsync(context, nameof(FileAnnualReport), request, request.AgreementId, () => FilingValidator.AnnualReport(request));

    public override Task<Proto.Filing> GetFiling(Proto.GetFilingRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var plan = await LoadFilingsPlanAsync(context, request.AgreementId);
            Filing? filing;
            if (request.FilingId.Length > 0)
            {
                filing = Guid.TryParse(request.FilingId, out var id)
                    ? await db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.PlanId == plan.Id && f.Id == id, context.CancellationToken)
                    : null;
            }
            else
            {
                var ofPeriod = db.Filings.AsNoTracking().Where(f => f.PlanId == plan.Id && f.Kind == request.Kind && f.Year == request.Year && f.Quarter == request.Quarter);
                filing = request.Revision == 0
                    ? await ofPeriod.OrderByDescending(f => f.Revision).FirstOrDefaultAsync(context.CancellationToken)
                    : await ofPeriod.FirstOrDefaultAsync(f => f.Revision == request.Revision, context.CancellationToken);
            }

            return filing?.ToMessage() ?? throw ServiceProblems.NotFound("Filing", request.FilingId.Length > 0 ? request.FilingId : $"{PeriodKeys.Of(request.Kind, request.Year, request.Quarter)}/{request.Revision}");
        });

    public override Task<Proto.ListFilingsReply> ListFilings(Proto.ListFilingsRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var page = PageQuery.Read(request.Page, $"filings|{request.AgreementId}|{request.Kind}");
            if (request.Kind.Length > 0 && !FilingKinds.All.Contains(request.Kind, StringComparer.Ordinal))
            {
                throw DomainValidationException.For("kind", FieldMessages.OneOf(FilingKinds.All));
            }

            var plan = await LoadFilingsPlanAsync(context, request.AgreementId);
            var query = db.Filings.AsNoTracking().Where(f => f.PlanId == plan.Id);
            if (request.Kind.Length > 0)
            {
                query = query.Where(f => f.Kind == request.Kind);
            }

            // UUIDv7 ids: filing order, newest first.
            var (filings, next) = await query.PageAsync(f => f.Id, page, descending: true, context.CancellationToken);
            var reply = new Proto.ListFilingsReply { Page = next };
            reply.Items.AddRange(filings.Select(f => f.ToSummary()));
            return reply;
        });

    public override Task<Proto.Filing> ReturnFiling(Proto.ReturnFilingRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller(Roles.ProvincePlanning);
            var errors = new FieldErrors();
            var reason = errors.Required("reason", request.Reason, TrackingLimits.LongText);
            var filingId = errors.OptionalId("filingId", request.FilingId);
            errors.ThrowIfAny("The return has invalid fields.");
            var plan = await LoadAsync(caller, request.AgreementId, context.CancellationToken);
            var filing = await db.Filings.FirstOrDefaultAsync(f => f.PlanId == plan.Id && f.Id == filingId, context.CancellationToken)
                ?? throw ServiceProblems.NotFound("Filing", request.FilingId);
            var latest = await LatestAsync(plan.Id, filing.Kind, filing.Year, filing.Quarter, context.CancellationToken);
            plan.Return(filing, latest!, reason!, caller.Subject, Now);
            await SaveAsync(context.CancellationToken);
            return filing.ToMessage();
        });

    /// <summary>One filing, once per Idempotency-Key: validate, load, let the plan decide, save the filing, its history and the answer together.</summary>
    private Task<Proto.Filing> FileAsync(ServerCallContext context, string method, IMessage request, string agreementId, Func<FilingDraft> validate) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller(Roles.CityBureau);
            return await idempotent.OnceAsync(db, context, method, request, async () =>
            {
                var draft = validate();
                var plan = await LoadAsync(caller, agreementId, context.CancellationToken);
                var latest = await LatestAsync(plan.Id, draft.Kind, draft.Year, draft.Quarter, context.CancellationToken);
                var filing = plan.File(draft, latest, caller.Subject, Today, Now);
                db.Filings.Add(filing);
                var reply = filing.ToMessage();
                idempotent.Record(db, context, method, request, reply);
                await SaveAsync(context.CancellationToken);
                return reply;
            });
        });

    private Task<Filing?> LatestAsync(Guid planId, string kind, int year, int quarter, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Where(f => f.PlanId == planId && f.Kind == kind && f.Year == year && f.Quarter == quarter)
            .OrderByDescending(f => f.Revision).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The city's filings are the city's and the province's coordinating roles': a division sees only its items.</summary>
    private async Task<TrackingPlan> LoadFilingsPlanAsync(ServerCallContext context, string agreementId)
    {
        var caller = context.RequireCaller();
        if (caller.IsDivisionOnly())
        {
            throw ServiceProblems.NotFound("Filings of agreement", agreementId);
        }

        return await LoadAsync(caller, agreementId, context.CancellationToken, tracked: false);
    }
}
