namespace HuiShang.Funding.Domain.Plans;

/// <summary>One source's amount in a plan and, in words, how it was computed.</summary>
public sealed record PlanShare(string Source, decimal Amount, string Basis);

/// <summary>The explanation of a plan per source, e.g. "3000000.00 × 1 × 0.6 = 1800000.00".</summary>
public static class PlanShares
{
    public static IReadOnlyList<PlanShare> Of(FundingPlan plan)
    {
        var upper = new PlanShare(FundingSources.Upper, plan.UpperSupport, $"upper support {Money.Text(plan.UpperSupport)}");
        if (!plan.MatchingApplied)
        {
            return [upper];
        }

        var ratio = Money.Ratio(plan.MatchRatio!.Value);
        var share = Money.Ratio(plan.CityLevelShare!.Value);
        return
        [
            upper,
            new PlanShare(FundingSources.CityLevel, plan.CityLevel,
                $"{Money.Text(plan.UpperSupport)} × {ratio} × {share} (category {plan.DistrictCategory}) = {Money.Text(plan.CityLevel)}, "
                + $"city match {Money.Text(plan.CityMatch)} rounded to fen, city level rounded to fen half away from zero"),
            new PlanShare(FundingSources.District, plan.District,
                $"city match {Money.Text(plan.CityMatch)} − city level {Money.Text(plan.CityLevel)} = {Money.Text(plan.District)} (the remainder, so the shares add up exactly)"),
        ];
    }
}
