using HuiShang.Contracts.Funding.V1;
using HuiShang.Contracts.Identity;
using HuiShang.Funding.Domain;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using ProjectMessage = HuiShang.Contracts.Funding.V1.Project;
using Project = HuiShang.Funding.Domain.Project;

namespace HuiShang.Funding.Grpc;

/// <summary>Approval with the funding plan (XJ-4.2) and the later steps up to acceptance or termination (XJ-3.3, GY-9): rules in <see cref="Project"/>.</summary>
public sealed partial class FundingService
{
    public override async Task<ProjectMessage> ApproveProject(ApproveProjectRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning);
        return await ServiceProblems.Guard(async () =>
        {
            var errors = new FieldErrors();
            var approvedOn = errors.PastDate("approvedOn", request.ApprovedOn, Today);
            errors.ThrowIfAny("The approval has invalid fields.");
            var project = await FindAsync(db.Projects.VisibleTo(caller), request.Id, context.CancellationToken);
            project.EnsureVersion(request.ExpectedVersion);
            Stage(project.Approve(approvedOn!.Value, policies, caller.Subject, time.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
            return project.ToMessage();
        });
    }

    public override async Task<ProjectMessage> AdvanceProject(AdvanceProjectRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(Roles.ProvincePlanning);
        return await ServiceProblems.Guard(() => ConcurrentWrites.RetryAsync(db, async () =>
        {
            var step = AdvanceValidator.Validate(request, Today);
            var project = await FindAsync(db.Projects.VisibleTo(caller), request.Id, context.CancellationToken);
            project.EnsureVersion(request.ExpectedVersion);
            var funds = step.To == ProjectStatus.Terminated ? await TerminationFundsAsync(project, context.CancellationToken) : null;
            Stage(project.Advance(new ProjectStep(step.To, step.On, step.AcceptanceMode, step.Reason), funds, policies, caller.Subject, time.GetUtcNow()));
            await db.SaveChangesAsync(context.CancellationToken);
            return project.ToMessage();
        }));
    }

    /// <summary>GX-18: a termination gives the upper support that has not arrived back to the envelope, in the same save.</summary>
    private async Task<TerminationFunds> TerminationFundsAsync(Project project, CancellationToken cancellationToken) =>
        new(await db.Envelopes.SingleAsync(e => e.AgreementId == project.AgreementId, cancellationToken), await EntriesAsync(project.Id, cancellationToken));
}
