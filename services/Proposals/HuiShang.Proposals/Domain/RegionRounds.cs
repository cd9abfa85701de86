namespace HuiShang.Proposals.Domain;

/// <summary>
/// What selection needs of a region's stored past: the call year of its last selection of any kind (HB-17
/// cadence), of its last round outside a framework's work meetings (GX-10 / HB-15 cycle), and its newest
/// signed framework, if any.
/// </summary>
public sealed record RegionRounds(int? LastSelectedYear, int? LastRoundYear, SignedFramework? Framework)
{
    public static readonly RegionRounds None = new(null, null, null);

    /// <summary>A region whose every selection started a round (no work meetings, no framework known).</summary>
    public static RegionRounds Rounds(int? lastYear) => new(lastYear, lastYear, null);
}
