namespace HuiShang.Funding.Tests;

/// <summary>Seeded users (api.md) the tests act as.</summary>
internal static class Users
{
    public const string NanningBureau = "city-bureau@450100";
    public const string NanningLeader = "city-leader@450100";
    public const string LiuzhouBureau = "city-bureau@450200";
    public const string GuangxiPlanning = "province-planning@450000";
    public const string GuangxiDirector = "province-director@450000";
    public const string GuangxiExpert = "expert.1@450000";
    public const string HebeiPlanning = "province-planning@130000";
    public const string UrumqiBureau = "city-bureau@650100";
    public const string UrumqiLeader = "city-leader@650100";
    public const string UrumqiSystem = "city-system@650100";
    public const string XinjiangPlanning = "province-planning@650000";
    public const string XinjiangDirector = "province-director@650000";
    public const string Tianshan = "district@650102";
    public const string Saybagh = "district@650103";
    public const string Midong = "district@650109";
    public const string Ganquanbao = "district@650100-01";
    public const string Dabancheng = "district@650107";
    public const string GuangyuanPlanning = "province-planning@510800";
    public const string LizhouBureau = "city-bureau@510802";
    public const string Admin = "admin@000000";

    public const string Nanning = "450100";
    public const string Urumqi = "650100";
}
