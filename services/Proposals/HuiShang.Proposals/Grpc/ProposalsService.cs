using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProposalMessage = HuiShang.Contracts.Proposals.V1.Proposal;

namespace HuiShang.Proposals.Grpc;

/// <summary>huishang.proposals.v1.Proposals: maps messages to the domain and back. Drafting and submission here.</summary>
public sealed partial class ProposalsService(
    ProposalsDbContext db, IEventOutbox outbox, PolicyCatalog policies, [FromKeyedServices(ProposalsClock.Key)] TimeProvider time,
    IOptions<IntakeLimits> limits)
    : HuiShang.Contracts.Proposals.V1.Proposals.ProposalsBase
{
    public override async Task<ProposalMessage> CreateProposal(CreateProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau);
        var draft = CreateProposalValidator.Validate(request);
        if (await FindCallAsync(caller, draft.CallId, context.CancellationToken) is null)
        {
            throw ServiceProblems.Validation("The proposal has invalid fields.", [new("callId", "No call of your jurisdiction has this id.")]);
        }

        var open = await db.Proposals.CountAsync(
            p => p.RegionCode == caller.RegionCode && p.CallId == draft.CallId && (p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.Returned),
            context.CancellationToken);
        if (open >= limits.Value.MaxOpenPerCall)
        {
            throw ServiceProblems.WithType(StatusCode.FailedPrecondition, "draft-limit",
                $"A city holds at most {limits.Value.MaxOpenPerCall} open proposals (draft or returned) in a call: submit, edit or withdraw one first.");
        }

        var proposal = Domain.Proposal.Create(draft, caller.RegionCode, caller.JurisdictionCode, caller.Subject, time.GetUtcNow());
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(context.CancellationToken);
        return proposal.ToMessage();
    }

    public override async Task<ProposalMessage> UpdateProposal(UpdateProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = await FindAsync(db.Proposals.OwnedBy(caller), request.Id, context.CancellationToken);
        return await ServiceProblems.Guard(async () =>
        {
            proposal.EnsureVersion(request.ExpectedVersion);
            proposal.Update(CreateProposalValidator.Validate(request, proposal.CallId), caller.Subject, time.GetUtcNow());
            await db.SaveChangesAsync(context.CancellationToken);
            return proposal.ToMessage();
        });
    }

    public override async Task<ProposalMessage> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau);
        var proposal = await FindAsync(db.Proposals.OwnedBy(caller), request.Id, context.CancellationToken);
        return await ServiceProblems.Guard(async () =>
        {
            proposal.EnsureVersion(request.ExpectedVersion);
            var call = await FindCallAsync(caller, proposal.CallId, context.CancellationToken);
            var isFirst = !await db.Proposals.AnyAsync(p => p.RegionCode == proposal.RegionCode && p.Status == ProposalStatus.Selected, context.CancellationToken);
            var unfinished = await db.UnfinishedProjects.AsNoTracking().Where(p => p.RegionCode == proposal.RegionCode).ToListAsync(context.CancellationToken);
            // The event is staged in the same SaveChanges as the state change (outbox, decision 002).
            outbox.Add(proposal.Submit(call, new CityRecord(isFirst, unfinished), policies, caller.Subject, time.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
            return proposal.ToMessage();
        });
    }

    public override async Task<ProposalMessage> GetProposal(GetProposalRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var proposal = await FindAsync(db.Proposals.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
        return proposal.ToMessage();
    }

    private static async Task<Domain.Proposal> FindAsync(IQueryable<Domain.Proposal> proposals, string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key) && await proposals.FirstOrDefaultAsync(p => p.Id == key, cancellationToken) is { } proposal
            ? proposal
            : throw ServiceProblems.NotFound("Proposal", id);

    private async Task<Domain.Call?> FindCallAsync(PlatformCaller caller, string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var key)
            ? await db.Calls.FirstOrDefaultAsync(c => c.Id == key && c.JurisdictionCode == caller.JurisdictionCode, cancellationToken)
            : null;
}
