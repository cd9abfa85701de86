using HuiShang.Funding.Domain.Plans;
using HuiShang.Funding.Domain.Priority;
using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Benchmarks;

/// <summary>
/// (a) The service's own code: the profile version in force on each approval date (PolicyCatalog.InForce),
/// its Matching section, FundingPlanCalculator, then PriorityRanking per envelope.
/// </summary>
internal static class RealPath
{
    public static decimal Run(DataSet data, PolicyCatalog catalog)
    {
        var ratios = new decimal[data.All.Count];
        var checksum = 0m;
        var byMatchRatio = false;
        for (var i = 0; i < data.All.Count; i++)
        {
            var project = data.All[i];
            var version = catalog.InForce("650000", project.ApprovedOn);
            var matching = version.Find<Matching>();
            var plan = FundingPlanCalculator.Compute(project.UpperSupport, project.OfferedRatio, project.Category, matching, version.Id, project.ApprovedOn);
            ratios[i] = plan.MatchRatio ?? 0m;
            byMatchRatio = matching?.PriorityToHigherMatchRatio == true;
            checksum += plan.CityLevel + plan.District;
        }

        var perEnvelope = new List<PriorityCandidate>[data.EnvelopeCount];
        for (var i = 0; i < data.All.Count; i++)
        {
            var project = data.All[i];
            (perEnvelope[project.Envelope] ??= []).Add(data.Candidate(project, ratios[i]));
        }

        foreach (var candidates in perEnvelope)
        {
            if (candidates is not null)
            {
                checksum += PriorityRanking.Rank(candidates, byMatchRatio)[0].UpperSupport;
            }
        }

        return checksum;
    }
}
