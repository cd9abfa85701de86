using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc.Server;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using ProposalMessage = HuiShang.Contracts.Proposals.V1.Proposal;

namespace HuiShang.Proposals.Grpc;

/// <summary>huishang.proposals.v1.Proposals: maps messages to the domain and back, nothing else.</summary>
public sealed class ProposalsService(ProposalsDbContext db, IEventOutbox outbox, TimeProvider time)
{
    public async Task<ProposalMessage> CreateProposal(CreateProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau);
        var draft = CreateProposalValidator.Validate(request);
        var proposal = Domain.Proposal.Create(draft, caller.RegionCode, caller.JurisdictionCode, caller.Subject, time.GetUtcNow());
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(context.CancellationToken);
        return proposal.ToMessage();
    }

    public async Task<ProposalMessage> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = await FindAsync(db.Proposals.OwnedBy(caller), request.Id, context.CancellationToken);
        try
        {
            // The event is staged in the same SaveChanges as the state change (outbox, decision 002).
            outbox.Add(proposal.Submit(caller.Subject, time.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (InvalidStateException ex)
        {
            throw Problems.InvalidState(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Problems.ConcurrencyConflict();
        }

        return proposal.ToMessage();
    }

    public async Task<ProposalMessage> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var proposal = await FindAsync(db.Proposals.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
        return proposal.ToMessage();
    }

    private static async Task<Domain.Proposal> FindAsync(IQueryable<Domain.Proposal> proposals, string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key) && await proposals.FirstOrDefaultAsync(p => p.Id == key, cancellationToken) is { } proposal
            ? proposal
            : throw Problems.NotFound(id);
}
