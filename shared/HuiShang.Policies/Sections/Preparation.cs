namespace HuiShang.Policies.Sections;

/// <summary>
/// What a lower party prepares before it proposes (GX-11, GX-12, HB-19(一)). Each item is optional:
/// absent means the seed does not ask for it. <see cref="RuleId"/> names the section's leading article.
/// </summary>
public sealed record Preparation(
    string RuleId,
    PreparationItem? CityMeeting = null,
    PreparationItem? PreviousRoundSummary = null) : IPolicySection, ISectionName
{
    public static string SectionName => "preparation";
}

/// <summary>One required preparation, the article that asks for it, and whether a first consultation is exempt.</summary>
public sealed record PreparationItem(string RuleId, bool ExceptFirstConsultation)
{
    public bool RequiredFor(bool isFirstConsultation) => !(isFirstConsultation && ExceptFirstConsultation);
}
