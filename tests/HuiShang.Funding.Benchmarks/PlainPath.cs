using HuiShang.Funding.Domain.Priority;

namespace HuiShang.Funding.Benchmarks;

/// <summary>
/// (b) The floor: the same arithmetic with 1:1 and the category shares hard-coded, and a plain sort with
/// the same keys. No profile lookup, no plan object, no explanation; what (a) costs on top of this is the
/// price of rules as data.
/// </summary>
internal static class PlainPath
{
    private static readonly decimal[] CityLevelShare = [0m, 0m, 0.5m, 0.6m, 0.7m];

    public static decimal Run(DataSet data)
    {
        var ratios = new decimal[data.All.Count];
        var checksum = 0m;
        for (var i = 0; i < data.All.Count; i++)
        {
            var project = data.All[i];
            var ratio = Math.Max(project.OfferedRatio ?? 1m, 1m);
            var cityMatch = Math.Round(project.UpperSupport * ratio, 2, MidpointRounding.AwayFromZero);
            var cityLevel = Math.Round(cityMatch * CityLevelShare[project.Category], 2, MidpointRounding.AwayFromZero);
            ratios[i] = ratio;
            checksum += cityLevel + (cityMatch - cityLevel);
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
                candidates.Sort(static (a, b) =>
                {
                    var order = b.MatchRatio.CompareTo(a.MatchRatio);
                    if (order == 0) order = a.RegisteredAt.CompareTo(b.RegisteredAt);
                    if (order == 0) order = a.UpperSupport.CompareTo(b.UpperSupport);
                    return order != 0 ? order : string.CompareOrdinal(a.Id.ToString(), b.Id.ToString());
                });
                checksum += candidates[0].UpperSupport;
            }
        }

        return checksum;
    }
}
