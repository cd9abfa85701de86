using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Plans;
using HuiShang.Funding.Domain.Priority;
using Grpc.Core;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using FundingPlanMessage = HuiShang.Contracts.Funding.V1.FundingPlan;
using Project = HuiShang.Funding.Domain.Project;

namespace HuiShang.Funding.Grpc;

/// <summary>The funding plan (stored at approval, provisional before) and the XJ-4.2 priority ranking.</summary>
public sealed partial class FundingService
{
    public override async Task<FundingPlanMessage> GetFundingPlan(GetProjectRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var project = await FindAsync(db.Projects.AsNoTracking().VisibleTo(caller), request.Id, context.CancellationToken);
        return await ServiceProblems.Guard(() => Task.FromResult(
            project.Plan is { } stored ? stored.ToMessage(project.Id, provisional: false) : ProvisionalPlan(project).ToMessage(project.Id, provisional: true)));
    }

    public override async Task<PriorityReply> ListPriority(ListPriorityRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller(FundingTenancy.ProvinceRoles);
        var envelope = Guid.TryParse(request.AgreementId, out var id)
            ? await db.Envelopes.AsNoTracking().FirstOrDefaultAsync(e => e.AgreementId == id, context.CancellationToken)
            : null;
        if (envelope is null || !caller.CanSee(envelope))
        {
            throw ServiceProblems.NotFound("Funding envelope of agreement", request.AgreementId);
        }

        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.AgreementId == id && p.Status != ProjectStatus.Terminated).ToListAsync(context.CancellationToken);
        return await ServiceProblems.Guard(() => Task.FromResult(Rank(envelope, projects)));
    }

    private PriorityReply Rank(Domain.Envelope envelope, IReadOnlyList<Project> projects)
    {
        var matching = policies.InForce(envelope.JurisdictionCode, Today).Find<Matching>();
        var byRatio = matching?.PriorityToHigherMatchRatio == true;
        var plans = projects.ToDictionary(p => p.Id, p => p.Plan ?? ProvisionalPlan(p));
        var byId = projects.ToDictionary(p => p.Id);
        var ranked = PriorityRanking.Rank(
            projects.Select(p => new PriorityCandidate(p.Id, plans[p.Id].MatchRatio ?? 0m, p.RegisteredAt, p.UpperSupport)), byRatio);
        var reply = new PriorityReply
        {
            AgreementId = envelope.AgreementId.ToString(),
            Rule = byRatio ? PriorityRanking.ByMatchRatio : PriorityRanking.ByRegistration,
            RuleId = byRatio ? matching!.RuleId : "",
        };
        reply.Entries.AddRange(ranked.Select((c, index) => new PriorityEntry
        {
            Rank = index + 1,
            Project = byId[c.Id].ToMessage(),
            MatchRatio = plans[c.Id].MatchRatio is { } ratio ? Money.Ratio(ratio) : "",
            CityMatch = HuiShang.Contracts.Common.V1.Money.FromYuan(plans[c.Id].CityMatch),
        }));
        return reply;
    }

    /// <summary>Before approval: the plan as it would be fixed today (profile in force today), not stored.</summary>
    private Domain.Plans.FundingPlan ProvisionalPlan(Project project)
    {
        var today = Today;
        var version = policies.InForce(project.JurisdictionCode, today);
        return FundingPlanCalculator.Compute(project.UpperSupport, project.OfferedMatchRatio, project.DistrictCategory,
            version.Find<Matching>(), version.Id, today);
    }
}
