namespace HuiShang.Funding.Domain.Priority;

/// <summary>
/// XJ-4.2: under equal conditions the project with the higher matching ratio is supported first. Ties are
/// broken so the order is total and stable across calls: earlier registration, then smaller upper support,
/// then the id compared ordinally as text. Without the rule the order is registration order alone.
/// </summary>
public static class PriorityRanking
{
    public const string ByMatchRatio =
        "Higher matching ratio offered first (XJ-4.2); ties: earlier registration first, then smaller upper support, then project id (ordinal).";

    public const string ByRegistration =
        "The profile gives no priority to the matching ratio: registration order (earlier first), then project id (ordinal).";

    public static List<PriorityCandidate> Rank(IEnumerable<PriorityCandidate> candidates, bool byMatchRatio)
    {
        var ranked = candidates.ToList();
        ranked.Sort(byMatchRatio ? CompareByRatio : CompareByRegistration);
        return ranked;
    }

    private static int CompareByRatio(PriorityCandidate a, PriorityCandidate b)
    {
        var order = b.MatchRatio.CompareTo(a.MatchRatio);
        if (order == 0)
        {
            order = a.RegisteredAt.CompareTo(b.RegisteredAt);
        }

        if (order == 0)
        {
            order = a.UpperSupport.CompareTo(b.UpperSupport);
        }

        return order != 0 ? order : CompareIds(a, b);
    }

    private static int CompareByRegistration(PriorityCandidate a, PriorityCandidate b)
    {
        var order = a.RegisteredAt.CompareTo(b.RegisteredAt);
        return order != 0 ? order : CompareIds(a, b);
    }

    // The id as text ("D" format) compared ordinally: what a reader of the API sees, not Guid's byte order.
    private static int CompareIds(PriorityCandidate a, PriorityCandidate b) =>
        string.CompareOrdinal(a.Id.ToString(), b.Id.ToString());
}
