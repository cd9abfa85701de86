using HuiShang.Contracts.Identity;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;
using CallMessage = HuiShang.Contracts.Proposals.V1.Call;

namespace HuiShang.Proposals.Grpc;

/// <summary>Calls for proposals (GX-10 window).</summary>
public sealed partial class ProposalsService
{
    public override async Task<CallMessage> CreateCall(CreateCallRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning);
        var errors = new FieldErrors();
        if (request.Year is < FieldMessages.MinYear or > FieldMessages.MaxYear)
        {
            errors.Add("year", FieldMessages.Year);
        }

        var opensOn = errors.Date("opensOn", request.OpensOn, required: false);
        var closesOn = errors.Date("closesOn", request.ClosesOn, required: false);
        ThrowIfAny(errors);

        return await ServiceProblems.Guard(async () =>
        {
            var call = Domain.Call.Open(caller.JurisdictionCode, request.Year, opensOn, closesOn, policies, caller.Subject, time.GetUtcNow());
            if (await db.Calls.AnyAsync(c => c.JurisdictionCode == caller.JurisdictionCode && c.Year == request.Year, context.CancellationToken))
            {
                throw ServiceProblems.WithType(StatusCode.AlreadyExists, "already-exists", $"A call of {request.Year} already exists for jurisdiction {caller.JurisdictionCode}.");
            }

            db.Calls.Add(call);
            await db.SaveChangesAsync(context.CancellationToken);
            return call.ToMessage();
        });
    }

    public override async Task<CallMessage> GetCall(GetCallRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        // Another jurisdiction's call is "not found", like an unknown id (api.md tenancy).
        var call = await FindCallAsync(caller, request.Id, context.CancellationToken) ?? throw ServiceProblems.NotFound("Call", request.Id);
        return call.ToMessage();
    }

    public override Task<ListCallsReply> ListCalls(ListCallsRequest request, ServerCallContext context) =>
        ServiceProblems.Guard(async () =>
        {
            var caller = context.RequireCaller();
            var page = PageQuery.Read(request.Page, $"calls|{request.Year}");
            var calls = db.Calls.AsNoTracking().Where(c => c.JurisdictionCode == caller.JurisdictionCode);
            if (request.Year != 0)
            {
                calls = calls.Where(c => c.Year == request.Year);
            }

            // One call per year and jurisdiction: the year is the key.
            var (items, next) = await calls.PageAsync(c => c.Year, page, descending: false, context.CancellationToken);
            var reply = new ListCallsReply { Page = next };
            reply.Calls.AddRange(items.Select(c => c.ToMessage()));
            return reply;
        });

    private static void ThrowIfAny(FieldErrors errors)
    {
        if (errors.Count > 0)
        {
            throw ServiceProblems.Validation("The call has invalid fields.", errors);
        }
    }
}
