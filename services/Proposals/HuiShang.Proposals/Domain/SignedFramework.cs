namespace HuiShang.Proposals.Domain;

/// <summary>
/// HB-15 / HB-17 read model, from AgreementSigned: a region's signed framework (议定书) and the day its
/// validity ends. Under a live framework the region's next selections are work meetings (HB-17 cadence).
/// </summary>
public sealed class SignedFramework
{
    /// <summary>AgreementSigned.Kind of a framework, as the Agreements service writes it.</summary>
    public const string Kind = "framework";

    private SignedFramework()
    {
    }

    public Guid AgreementId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string JurisdictionCode { get; private set; } = "";

    /// <summary>The year of the round that opened the framework.</summary>
    public int Year { get; private set; }

    public DateOnly SignedOn { get; private set; }

    /// <summary>HB-15: the last valid day; null when the profile sets no validity.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public static SignedFramework Create(Guid agreementId, string regionCode, string jurisdictionCode, int year, DateOnly signedOn, DateOnly? expiresOn) => new()
    {
        AgreementId = agreementId,
        RegionCode = regionCode,
        JurisdictionCode = jurisdictionCode,
        Year = year,
        SignedOn = signedOn,
        ExpiresOn = expiresOn,
    };

    /// <summary>Valid through its expiry day, as Agreements decides when it opens a work meeting.</summary>
    public bool IsLiveOn(DateOnly date) => ExpiresOn is null || date <= ExpiresOn;
}
