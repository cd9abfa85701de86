using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Grpc;

/// <summary>Tenancy-filtered lists and the append-only history, a page at a time, filtered in the database.</summary>
public sealed partial class ProposalsService
{
    public override Task<ListProposalsReply> ListProposals(ListProposalsRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller();
            var page = PageQuery.Read(request.Page, $"proposals|{request.CallId}|{request.Status}");
            var proposals = db.Proposals.AsNoTracking().VisibleTo(caller);
            if (!string.IsNullOrWhiteSpace(request.CallId))
            {
                proposals = proposals.Where(p => p.CallId == request.CallId);
            }

            if (!string.IsNullOrWhiteSpace(request.Status))
            {
                if (!Enum.TryParse<ProposalStatus>(request.Status, ignoreCase: true, out var status))
                {
                    throw ServiceProblems.Validation("Unknown status.", [new("status", FieldMessages.OneOf(Enum.GetNames<ProposalStatus>()))]);
                }

                proposals = proposals.Where(p => p.Status == status);
            }

            // UUIDv7 ids: id order is creation order. Only the summary's columns are read, not the topics' texts.
            var (rows, next) = await proposals.PageAsync(p => p.Id, ProposalRow.Select, row => row.Id, page, descending: false, context.CancellationToken);
            var reply = new ListProposalsReply { Page = next };
            reply.Items.AddRange(rows.Select(row => row.ToSummary()));
            return reply;
        });

    public override Task<ProposalHistoryReply> GetProposalHistory(GetProposalHistoryRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller();
            var page = PageQuery.Read(request.Page, $"proposal-history|{request.Id}");
            var proposal = await FindAsync(db.Proposals.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
            var (entries, next) = await db.ProposalHistory.AsNoTracking().Where(e => e.ProposalId == proposal.Id)
                .PageAsync(e => e.Id, page, descending: false, context.CancellationToken);
            var reply = new ProposalHistoryReply { Page = next };
            reply.Entries.AddRange(entries.Select(e => e.ToMessage()));
            return reply;
        });
}
