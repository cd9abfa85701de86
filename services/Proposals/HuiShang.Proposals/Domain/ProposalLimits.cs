namespace HuiShang.Proposals.Domain;

/// <summary>Lengths shared by validation and the column definitions, so one never contradicts the other.</summary>
public static class ProposalLimits
{
    public const int RegionCode = 12;
    public const int Title = 200;
    public const int CallId = 64;
    public const int Code = 64;
    public const int UserName = 128;
    public const int LongText = 4000;
    public const int MaxTopics = 20;
}
