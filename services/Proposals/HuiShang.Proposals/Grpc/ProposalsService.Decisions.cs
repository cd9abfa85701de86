using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using ProposalMessage = HuiShang.Contracts.Proposals.V1.Proposal;

namespace HuiShang.Proposals.Grpc;

/// <summary>Return for revision (the coordinating division) and withdrawal (the city).</summary>
public sealed partial class ProposalsService
{
    public override async Task<ProposalMessage> ReturnProposal(ReturnProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning);
        var proposal = await FindAsync(db.Proposals.VisibleTo(caller), request.Id, context.CancellationToken);
        var errors = new FieldErrors();
        var reason = errors.Required("reason", request.Reason, Domain.ProposalLimits.LongText);
        if (errors.Count > 0)
        {
            throw ServiceProblems.Validation("A return needs a reason.", errors);
        }

        return await ServiceProblems.Guard(async () =>
        {
            outbox.Add(proposal.Return(reason!, caller.Subject, time.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
            return proposal.ToMessage();
        });
    }

    public override async Task<ProposalMessage> WithdrawProposal(WithdrawProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = await FindAsync(db.Proposals.OwnedBy(caller), request.Id, context.CancellationToken);
        return await ServiceProblems.Guard(async () =>
        {
            proposal.Withdraw(caller.Subject, time.GetUtcNow());
            await db.SaveChangesAsync(context.CancellationToken);
            return proposal.ToMessage();
        });
    }
}
