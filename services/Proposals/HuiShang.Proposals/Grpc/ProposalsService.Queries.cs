using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Proposals.Grpc;

/// <summary>Tenancy-filtered lists and the append-only history.</summary>
public sealed partial class ProposalsService
{
    public override async Task<ListProposalsReply> ListProposals(ListProposalsRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var proposals = db.Proposals.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(request.CallId))
        {
            proposals = proposals.Where(p => p.CallId == request.CallId);
        }

        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            if (!Enum.TryParse<ProposalStatus>(request.Status, ignoreCase: true, out var status))
            {
                throw ServiceProblems.Validation("Unknown status.", [new("status", $"One of {string.Join(", ", Enum.GetNames<ProposalStatus>())}.")]);
            }

            proposals = proposals.Where(p => p.Status == status);
        }

        var reply = new ListProposalsReply();
        reply.Proposals.AddRange((await proposals.OrderBy(p => p.CreatedAt).ToListAsync(context.CancellationToken)).Select(p => p.ToMessage()));
        return reply;
    }

    public override async Task<ProposalHistoryReply> GetProposalHistory(GetProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var proposal = await FindAsync(db.Proposals.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
        var entries = await db.ProposalHistory.AsNoTracking().Where(e => e.ProposalId == proposal.Id).OrderBy(e => e.Id).ToListAsync(context.CancellationToken);
        var reply = new ProposalHistoryReply();
        reply.Entries.AddRange(entries.Select(e => e.ToMessage()));
        return reply;
    }
}
