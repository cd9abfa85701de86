namespace HuiShang.Agreements.Domain;

/// <summary>How a division's comment was taken into the draft (GX-15 修改形成建议稿).</summary>
public static class CommentResolutions
{
    public const string Adopted = "adopted";
    public const string PartlyAdopted = "partly-adopted";
    public const string NotAdopted = "not-adopted";

    public static readonly IReadOnlyList<string> All = [Adopted, PartlyAdopted, NotAdopted];

    /// <summary>Anything short of full adoption must say why.</summary>
    public static bool NeedsReason(string resolution) => resolution is PartlyAdopted or NotAdopted;
}
