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
            var registrant = RegistrantOf(caller);
            // A lost race for the envelope re-reads it and checks the cap again (GX-18 under concurrency);
            // each attempt first looks for this request's answer, which the winner may have committed.
            return await ConcurrentWrites.RetryAsync(db, () => idempotent.OnceAsync(db, context, nameof(RegisterProject), request, async () =>
            {
                var envelope = await db.Envelopes.FirstOrDefaultAsync(e => e.AgreementId == parsed.AgreementId, context.CancellationToken);
                var (project, events) = ProjectRegistration.Register(parsed, envelope, registrant, policies, caller.Subject, time.GetUtcNow());
                db.Projects.Add(project);
                Stage(events);
                var reply = project.ToMessage();
                idempotent.Record(db, context, nameof(RegisterProject), request, reply);
                await db.SaveChangesAsync(context.CancellationToken);
                return reply;
            }));
        });
    }

    /// <summary>The caller's roles as the domain's registrant: the bureau's city, the district and its city.</summary>
    private static Registrant RegistrantOf(PlatformCaller caller)
    {
        var district = caller.HasRole(Roles.District) ? caller.RegionCode : null;
        return new Registrant(caller.HasRole(Roles.CityBureau) ? caller.RegionCode : null, district, district is null ? null : FundingTenancy.ParentCity(district));
    }
}
