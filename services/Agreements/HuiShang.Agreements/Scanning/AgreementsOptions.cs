namespace HuiShang.Agreements.Scanning;

/// <summary>Configuration section "Agreements": how often the deadline scan runs and how early HB-15 reminds.</summary>
public sealed class AgreementsOptions
{
    public const string Section = "Agreements";

    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>HB-15: AgreementExpiring goes out this many days before a framework expires.</summary>
    public int ExpiryNoticeDays { get; set; } = 90;
}
