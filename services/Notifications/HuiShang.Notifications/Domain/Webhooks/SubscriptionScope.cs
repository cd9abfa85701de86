namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>
/// Which events a subscriber may receive, the API's tenancy (api.md): a city system its city and the
/// city's districts; a province system its whole jurisdiction; the platform admin every region.
/// </summary>
public sealed record SubscriptionScope(string Level, string RegionCode)
{
    public const string City = "city";
    public const string Jurisdiction = "jurisdiction";
    public const string All = "all";

    public bool Covers(string regionCode) => Level switch
    {
        All => true,
        Jurisdiction => Regions.JurisdictionOf(regionCode) == RegionCode,
        City => regionCode == RegionCode || Regions.ParentOf(regionCode) == RegionCode,
        _ => false,
    };
}
