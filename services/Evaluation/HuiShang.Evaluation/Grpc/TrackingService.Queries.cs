using HuiShang.Contracts.Common.V1;
using HuiShang.Evaluation.Domain;
using Grpc.Core;
using HuiShang.ServiceDefaults.Audit;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Proto = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Evaluation.Grpc;

/// <summary>The tracking view, the overview with overdue counts, the history: a page at a time, filtered in the database.</summary>
public sealed partial class TrackingService
{
    public override Task<Proto.TrackingView> GetTracking(Proto.GetTrackingRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller();
            var plan = await LoadAsync(caller, request.AgreementId, context.CancellationToken, tracked: false);
            return await ViewAsync(plan, caller, context.CancellationToken);
        });

    public override Task<Proto.ListTrackingReply> ListTracking(Proto.ListTrackingRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller();
            var page = PageQuery.Read(request.Page, $"tracking|{request.OverdueOnly}");
            var query = db.Plans.AsNoTracking().VisibleTo(caller);
            if (request.OverdueOnly)
            {
                query = query.Where(p => p.Notices.Any(n => n.ClearedAt == null));
            }

            // The agreement's UUIDv7 id: newest agreement first.
            var (rows, next) = await query.PageAsync(
                p => p.Id,
                p => new OverviewRow(p.Id, p.RegionCode, p.Tier, p.Year, p.SignedOn, p.Status,
                    p.Items.Count(), p.Items.Count(i => i.Status == ObligationStatus.Completed), p.Notices.Count(n => n.ClearedAt == null)),
                row => row.Id, page, descending: true, context.CancellationToken);
            var reply = new Proto.ListTrackingReply { Page = next };
            reply.Items.AddRange(rows.Select(r => new Proto.TrackingOverview
            {
                AgreementId = r.Id.ToString(),
                RegionCode = r.RegionCode,
                Tier = r.Tier,
                Year = r.Year,
                SignedOn = Date.From(r.SignedOn),
                Status = r.Status.ToString(),
                ItemCount = r.ItemCount,
                CompletedCount = r.CompletedCount,
                OverdueCount = r.OverdueCount,
            }));
            return reply;
        });

    public override Task<Proto.TrackingHistoryReply> GetTrackingHistory(Proto.GetTrackingHistoryRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var page = PageQuery.Read(request.Page, $"tracking-history|{request.AgreementId}");
            var plan = await LoadFilingsPlanAsync(context, request.AgreementId);
            var (entries, next) = await db.History.AsNoTracking().Where(e => e.PlanId == plan.Id)
                .PageAsync(e => e.Id, page, descending: false, context.CancellationToken);
            var reply = new Proto.TrackingHistoryReply { Page = next };
            reply.Entries.AddRange(entries.Select(e => e.ToAuditMessage()));
            return reply;
        });

    /// <summary>admin: checks every plan's history chain, or one plan's (decision 012).</summary>
    public override Task<HistoryVerification> VerifyHistory(VerifyHistoryRequest request, ServerCallContext context) =>
        context.VerifyHistoryAsync(request, db.History, e => e.PlanId, db.Plans);

    private sealed record OverviewRow(
        Guid Id, string RegionCode, string Tier, int Year, DateOnly SignedOn, TrackingStatus Status, int ItemCount, int CompletedCount, int OverdueCount);
}
