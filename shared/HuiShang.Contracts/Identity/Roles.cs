namespace HuiShang.Contracts.Identity;

/// <summary>The roles of docs/api.md. "Province" roles belong to the upper authority of a jurisdiction.</summary>
public static class Roles
{
    public const string ProvincePlanning = "province-planning";
    public const string ProvinceDivision = "province-division";
    public const string ProvinceDirector = "province-director";
    public const string CityBureau = "city-bureau";
    public const string CityLeader = "city-leader";
    public const string District = "district";
    public const string Expert = "expert";
    public const string Admin = "admin";
    public const string CitySystem = "city-system";

    public static readonly IReadOnlyList<string> All =
        [ProvincePlanning, ProvinceDivision, ProvinceDirector, CityBureau, CityLeader, District, Expert, Admin, CitySystem];

    public static readonly IReadOnlyList<string> UpperRoles = [ProvincePlanning, ProvinceDivision, ProvinceDirector, Expert];
}
