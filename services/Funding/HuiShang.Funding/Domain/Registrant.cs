namespace HuiShang.Funding.Domain;

/// <summary>
/// Who registers a project, as the caller's roles say: a city bureau for its city, a district for itself
/// (with the city it belongs to in the reference data). Either may be null; a caller may hold both roles.
/// </summary>
public sealed record Registrant(string? BureauCity, string? District, string? DistrictCity)
{
    /// <summary>GX-18: projects are registered under a signed agreement of the registrant's own city.</summary>
    public bool MayRegisterUnder(Envelope envelope) =>
        (BureauCity is not null && envelope.RegionCode == BureauCity)
        || (District is not null && DistrictCity == envelope.RegionCode);
}
