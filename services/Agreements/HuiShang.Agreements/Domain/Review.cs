namespace HuiShang.Agreements.Domain;

/// <summary>
/// A decision on a version: the director's office meeting (GX-16: approve or return with decisions) or
/// the city leaders (HB-16(二): approve or object). Kept for ever, with the version that addressed it.
/// </summary>
public sealed class Review
{
    public const string Director = "director";
    public const string City = "city";
    public const string Approve = "approve";
    public const string Return = "return";
    public const string Object = "object";

    private Review()
    {
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public int Number { get; private set; }

    /// <summary>"director" | "city".</summary>
    public string Kind { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>"approve" | "return" | "object".</summary>
    public string Decision { get; private set; } = "";

    public List<string> Reasons { get; private set; } = [];

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>The version that addressed this return or objection; 0 while none has.</summary>
    public int AddressedByVersion { get; private set; }

    /// <summary>HB-16(二): the objection sent the agreement back to drafting, which answers it as a whole.</summary>
    public bool RestartedDrafting { get; private set; }

    public string RuleId { get; private set; } = "";

    public bool IsRefusal => Decision != Approve;

    /// <summary>A return or objection that still holds the step until a version addresses it.</summary>
    public bool IsOpen => IsRefusal && AddressedByVersion == 0 && !RestartedDrafting;

    internal static Review Create(Guid agreementId, int number, string kind, int version, string decision, IReadOnlyList<string> reasons, string ruleId, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgreementId = agreementId,
        Number = number,
        Kind = kind,
        Version = version,
        Decision = decision,
        Reasons = reasons.ToList(),
        RuleId = ruleId,
        By = by,
        At = now,
    };

    internal void AddressedBy(int version) => AddressedByVersion = version;

    internal void RestartDrafting() => RestartedDrafting = true;
}
