using System.Text.Json;
using System.Text.Json.Serialization;

namespace HuiShang.Contracts.ReferenceData;

/// <summary>
/// The seed jurisdictions: each upper authority with its lower units (cities, or counties one
/// level down) and their districts with XJ-4.2 categories. Loaded from the embedded regions.json.
/// </summary>
public sealed class RegionCatalog
{
    private static readonly Lazy<RegionCatalog> Embedded = new(LoadEmbedded);

    [JsonPropertyName("divisions")]
    public required IReadOnlyList<string> Divisions { get; init; }

    [JsonPropertyName("jurisdictions")]
    public required IReadOnlyList<Jurisdiction> Jurisdictions { get; init; }

    public static RegionCatalog Default => Embedded.Value;

    /// <summary>Every region with the code of the jurisdiction (upper authority) it takes part in.</summary>
    public IEnumerable<(Region Region, string JurisdictionCode)> AllRegions() =>
        Jurisdictions.SelectMany(j =>
            new[] { (new Region(j.Code, j.Name, RegionLevel.Upper, null, null), j.Code) }
                .Concat(j.LowerUnits.SelectMany(u =>
                    new[] { (new Region(u.Code, u.Name, RegionLevel.Lower, j.Code, null), j.Code) }
                        .Concat(u.Districts.Select(d => (new Region(d.Code, d.Name, RegionLevel.District, u.Code, d.Category), j.Code))))));

    public Region? Find(string code) => AllRegions().Select(r => r.Region).FirstOrDefault(r => r.Code == code);

    private static RegionCatalog LoadEmbedded()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("HuiShang.Contracts.regions.json")
            ?? throw new InvalidOperationException("regions.json is not embedded in HuiShang.Contracts.");
        return JsonSerializer.Deserialize<RegionCatalog>(stream) ?? throw new InvalidOperationException("regions.json is empty.");
    }
}

public sealed record Jurisdiction(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("authority")] string Authority,
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("lowerUnits")] IReadOnlyList<LowerUnit> LowerUnits);

public sealed record LowerUnit(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("districts")] IReadOnlyList<District>? DistrictList)
{
    public IReadOnlyList<District> Districts => DistrictList ?? [];
}

public sealed record District(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] int Category);

public enum RegionLevel
{
    Upper,
    Lower,
    District,
}

/// <summary>A region: its level, the region above it (null for an upper authority) and, for districts, the category.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode, int? Category);
