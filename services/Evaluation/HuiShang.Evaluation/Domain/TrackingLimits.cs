namespace HuiShang.Evaluation.Domain;

/// <summary>Lengths shared by validation and the column definitions, so one never contradicts the other.</summary>
public static class TrackingLimits
{
    public const int RegionCode = 12;
    public const int Code = 64;
    public const int Title = 200;
    public const int UserName = 128;
    public const int ShortText = 500;
    public const int LongText = 4000;
    public const int Text = 20_000;
    public const int MaxEntries = 200;
    public const int MaxListEntries = 50;
    public const int RuleId = 32;
}
