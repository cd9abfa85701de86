namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>The columns of the tenancy matrices whose targets are Nanning (450100, jurisdiction 450000) records.</summary>
public static class TenancyUsers
{
    /// <summary>Every kind of seeded user seen from a Nanning record; the matrices' comment headers follow these groups.</summary>
    public static readonly IReadOnlyList<string> AroundNanning =
    [
        // own region (Nanning, the target's owner)
        "city-bureau@450100", "city-leader@450100", "city-system@450100",
        // other region, same jurisdiction (Liuzhou)
        "city-bureau@450200", "city-leader@450200", "city-system@450200",
        // other jurisdiction (Shijiazhuang, Hebei)
        "city-bureau@130100", "city-leader@130100", "city-system@130100",
        // province roles of the target's jurisdiction (Guangxi)
        "province-planning@450000", "province-division.high-tech@450000", "province-director@450000", "expert.1@450000",
        // province roles of another jurisdiction (Hebei)
        "province-planning@130000", "province-division.high-tech@130000", "province-director@130000", "expert.1@130000",
        // a district of Xinjiang, and the platform admin (neither city nor province of the target)
        "district@650102", "admin@000000",
    ];
}
