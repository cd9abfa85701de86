namespace HuiShang.Agreements.Tests;

/// <summary>The seeded users (role@region) who act on one city's agreement in one jurisdiction.</summary>
internal sealed record Parties(string Jurisdiction, string Region, string Planning, string Director, string Division, string Leader, string Bureau)
{
    /// <summary>Guangxi and Nanning (GX profile: comments → director's office meeting → signing).</summary>
    public static readonly Parties Nanning = For("450000", "450100");

    public static readonly Parties Liuzhou = For("450000", "450200");

    /// <summary>Hebei and Shijiazhuang (HB profile: the full chain with city leaders, approvals, formal document).</summary>
    public static readonly Parties Shijiazhuang = For("130000", "130100");

    public static readonly Parties Tangshan = For("130000", "130200");

    /// <summary>Xinjiang and Urumqi (XJ profile: no approval chain, only the signature).</summary>
    public static readonly Parties Urumqi = For("650000", "650100");

    public string DivisionCode => "high-tech";

    private static Parties For(string jurisdiction, string region) => new(
        jurisdiction,
        region,
        $"province-planning@{jurisdiction}",
        $"province-director@{jurisdiction}",
        $"province-division.high-tech@{jurisdiction}",
        $"city-leader@{region}",
        $"city-bureau@{region}");
}
