namespace HuiShang.Contracts.Identity;

/// <summary>JWT claim names (docs/api.md): short names, mapped as-is (no legacy SOAP claim URIs).</summary>
public static class HuiShangClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>GB/T 2260 code of the region the user belongs to.</summary>
    public const string Region = "region";

    /// <summary>GB/T 2260 code of the upper authority whose mechanism the user takes part in.</summary>
    public const string Jurisdiction = "jurisdiction";

    /// <summary>Business division of a province-division user (e.g. high-tech).</summary>
    public const string Division = "division";
}
