using HuiShang.Contracts.Funding.V1;
using HuiShang.Contracts.Identity;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Plans;
using Grpc.Core;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using ProjectMessage = HuiShang.Contracts.Funding.V1.Project;
using Project = HuiShang.Funding.Domain.Project;

namespace HuiShang.Funding.Grpc;

/// <summary>Approval with the funding plan (XJ-4.2) and the later steps up to acceptance or termination (XJ-3.3, GY-9).</summary>
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
            project.EnsureStatus("approved", ProjectStatus.Applied);
            project.EnsureApprovalDate(approvedOn!.Value);
            // XJ tail: the plan uses the version in force on the approval date, and keeps it for good.
            var version = policies.InForce(project.JurisdictionCode, approvedOn!.Value);
            var plan = FundingPlanCalculator.Compute(project.UpperSupport, project.OfferedMatchRatio, project.DistrictCategory,
                version.Find<Matching>(), version.Id, approvedOn.Value);
            Stage(project.Approve(plan, approvedOn.Value, caller.Subject, time.GetUtcNow()));
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
            project.EnsureStepDate(step.On);
            var now = time.GetUtcNow();
            Stage(step.To switch
            {
                ProjectStatus.Implementation => project.StartImplementation(step.On, caller.Subject, now),
                ProjectStatus.MidTermCheck => project.StartMidTermCheck(step.On, caller.Subject, now),
                ProjectStatus.Accepted => Accept(project, step, caller.Subject, now),
                _ => await TerminateAsync(project, step, caller.Subject, now, context.CancellationToken),
            });
            await db.SaveChangesAsync(context.CancellationToken);
            return project.ToMessage();
        }));
    }

    private IReadOnlyList<object> Accept(Project project, AdvanceStep step, string by, DateTimeOffset now)
    {
        project.EnsureStatus("accepted", ProjectStatus.MidTermCheck);
        // GY-9: the acceptance modes of the profile the plan was fixed with; no section, any mode.
        if (VersionOf(project.JurisdictionCode, project.PolicyVersion)?.Find<ProjectManagement>() is { } management
            && !management.AcceptanceModes.Contains(step.AcceptanceMode))
        {
            throw new RuleViolationException("validation", management.RuleId,
                $"{management.RuleId}: {project.PolicyVersion} allows the acceptance modes {string.Join(", ", management.AcceptanceModes.Select(ProjectModes.Name))}.",
                [new("acceptanceMode", $"{ProjectModes.Name(step.AcceptanceMode)} is not allowed by {project.PolicyVersion}.")]);
        }

        return project.Accept(step.AcceptanceMode, step.On, by, now);
    }

    /// <summary>
    /// GX-18: the terminated project's upper support that has not arrived leaves the envelope's committed sum in
    /// the same save; arrived upper money was paid under this agreement and keeps counting against its cap.
    /// </summary>
    private async Task<IReadOnlyList<object>> TerminateAsync(Project project, AdvanceStep step, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(project.Id, cancellationToken);
        var upperArrived = entries.Where(e => e is { Source: FundingSources.Upper, Kind: FundingSources.Arrived }).Sum(e => e.Amount);
        var events = project.Terminate(step.Reason!, step.On, upperArrived, by, now);
        var envelope = await db.Envelopes.SingleAsync(e => e.AgreementId == project.AgreementId, cancellationToken);
        envelope.Release(project.Releasable(upperArrived));
        return events;
    }
}
