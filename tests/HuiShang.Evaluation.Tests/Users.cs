namespace HuiShang.Evaluation.Tests;

/// <summary>Seeded users (api.md) the tests act as.</summary>
internal static class Users
{
    public const string NanningBureau = "city-bureau@450100";
    public const string NanningLeader = "city-leader@450100";
    public const string LiuzhouBureau = "city-bureau@450200";
    public const string GuangxiPlanning = "province-planning@450000";
    public const string GuangxiDirector = "province-director@450000";
    public const string GuangxiExpert = "expert.1@450000";
    public const string HighTech = "province-division.high-tech@450000";
    public const string Agriculture = "province-division.agriculture@450000";
    public const string HebeiPlanning = "province-planning@130000";
    public const string Tianshan = "district@650102";
    public const string Admin = "admin@000000";
}
