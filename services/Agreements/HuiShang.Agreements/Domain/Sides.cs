namespace HuiShang.Agreements.Domain;

/// <summary>The two governments of a consultation: the upper authority and the lower (city) party.</summary>
public static class Sides
{
    public const string Province = "province";
    public const string City = "city";

    public static readonly IReadOnlyList<string> All = [Province, City];
}
