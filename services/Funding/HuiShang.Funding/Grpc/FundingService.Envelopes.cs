using HuiShang.Contracts.Funding.V1;
using HuiShang.Contracts.Identity;
using HuiShang.Funding.Domain;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using EnvelopeMessage = HuiShang.Contracts.Funding.V1.Envelope;
using ProjectMessage = HuiShang.Contracts.Funding.V1.Project;

namespace HuiShang.Funding.Grpc;

/// <summary>The envelope of a signed agreement and project registration under its cap (GX-18).</summary>
public sealed partial class FundingService
{
    public override async Task<EnvelopeMessage> GetEnvelope(GetEnvelopeRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var envelope = Guid.TryParse(request.AgreementId, out var id)
            ? await db.Envelopes.AsNoTracking().FirstOrDefaultAsync(e => e.AgreementId == id, context.CancellationToken)
            : null;
        if (envelope is null || !caller.CanSee(envelope))
        {
            throw ServiceProblems.NotFound("Funding envelope of agreement", request.AgreementId);
        }

        // Only the projects the caller may see: a district does not learn its neighbours' activity from the count.
        // Committed stays the envelope's total: it is the cap's state, which every registrant under it needs.
        var count = await db.Projects.VisibleTo(caller)
            .CountAsync(p => p.AgreementId == id && p.Status != ProjectStatus.Terminated, context.CancellationToken);
        return envelope.ToMessage(count);
    }

    public override async Task<ProjectMessage> RegisterProject(RegisterProjectRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.CityBureau, Roles.District);
        return await ServiceProblems.Guard(async () =>
        {
            var parsed = RegisterProjectValidator.Validate(request);
            var callerDistrict = caller.HasRole(Roles.District) ? caller.RegionCode : null;
            // A lost race for the envelope re-reads it and checks the cap again (GX-18 under concurrency);
            // each attempt first looks for this request's answer, which the winner may have committed.
            return await ConcurrentWrites.RetryAsync(db, () => idempotent.OnceAsync(db, context, nameof(RegisterProject), request, async () =>
            {
                var envelope = await db.Envelopes.FirstOrDefaultAsync(e => e.AgreementId == parsed.AgreementId, context.CancellationToken);
                if (envelope is null || !CanRegisterUnder(caller, envelope))
                {
                    // The same answer for another city's agreement: never reveal that it exists.
                    throw new RuleViolationException("agreement-not-signed", "GX-18",
                        $"GX-18: no signed agreement {parsed.AgreementId} of your city has a funding envelope; projects are registered under signed agreements only.");
                }

                var version = policies.InForce(envelope.JurisdictionCode, Today);
                var draft = RegistrationRules.Resolve(parsed, envelope, callerDistrict, version);
                envelope.Reserve(draft.UpperSupport);
                var (project, events) = Domain.Project.Register(draft, envelope, version.Id, caller.Subject, time.GetUtcNow());
                db.Projects.Add(project);
                Stage(events);
                var reply = project.ToMessage();
                idempotent.Record(db, context, nameof(RegisterProject), request, reply);
                await db.SaveChangesAsync(context.CancellationToken);
                return reply;
            }));
        });
    }

    /// <summary>The city bureau of the agreement's city, or a district of that city.</summary>
    private static bool CanRegisterUnder(ServiceDefaults.Identity.PlatformCaller caller, Domain.Envelope envelope) =>
        (caller.HasRole(Roles.CityBureau) && envelope.RegionCode == caller.RegionCode)
        || (caller.HasRole(Roles.District) && FundingTenancy.ParentCity(caller.RegionCode) == envelope.RegionCode);
}
