using HuiShang.Funding.Domain.Priority;

namespace HuiShang.Funding.Tests;

/// <summary>XJ-4.2 priority order and its tie-breaks, without a host.</summary>
public sealed class PriorityRankingTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void XJ42_higher_ratio_first_then_earlier_then_smaller_then_id()
    {
        var low = new PriorityCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000a"), 1m, T0, 100m);
        var high = new PriorityCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000b"), 1.5m, T0.AddHours(5), 900m);
        var earlier = new PriorityCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000c"), 1.25m, T0, 500m);
        var later = new PriorityCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000d"), 1.25m, T0.AddMinutes(1), 100m);
        var smaller = new PriorityCandidate(Guid.Parse("00000000-0000-0000-0000-00000000000f"), 1.25m, T0, 400m);
        var sameB = new PriorityCandidate(Guid.Parse("00000000-0000-0000-0000-000000000001"), 1.25m, T0, 400m);

        var ranked = PriorityRanking.Rank([low, later, earlier, sameB, high, smaller], byMatchRatio: true);

        Assert.Equal([high, sameB, smaller, earlier, later, low], ranked);
    }

    [Fact]
    public void XJ42_without_the_rule_registration_order()
    {
        var first = new PriorityCandidate(Guid.NewGuid(), 1m, T0, 900m);
        var second = new PriorityCandidate(Guid.NewGuid(), 2m, T0.AddMinutes(1), 100m);

        Assert.Equal([first, second], PriorityRanking.Rank([second, first], byMatchRatio: false));
    }
}
