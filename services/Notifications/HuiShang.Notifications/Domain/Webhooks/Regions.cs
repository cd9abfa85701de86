using HuiShang.Contracts.ReferenceData;

namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>The region tree of the seed catalogue, as tenancy needs it.</summary>
public static class Regions
{
    private static readonly Lazy<IReadOnlyDictionary<string, (Region Region, string Jurisdiction)>> ByCode = new(() =>
        RegionCatalog.Default.AllRegions().ToDictionary(r => r.Region.Code, r => (r.Region, r.JurisdictionCode)));

    public static Region? Find(string code) => ByCode.Value.TryGetValue(code, out var found) ? found.Region : null;

    public static string? ParentOf(string code) => Find(code)?.ParentCode;

    public static string? JurisdictionOf(string code) => ByCode.Value.TryGetValue(code, out var found) ? found.Jurisdiction : null;
}
