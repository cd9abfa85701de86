namespace HuiShang.Policies.Tests;

/// <summary>The catalog of the repository's policies/ folder (copied to the test output by the library).</summary>
internal static class Shipped
{
    public const string Gx = "450000";
    public const string Hb = "130000";
    public const string Xj = "650000";
    public const string Gy = "510800";

    public static readonly string Directory = PolicyDirectory.FindDefault(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("policies folder not found from the test output");

    public static readonly PolicyCatalog Catalog = PolicyCatalog.LoadDirectory(Directory);

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
