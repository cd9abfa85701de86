namespace HuiShang.Gateway.Agreements;

/// <summary>
/// Sizes the gateway refuses before calling the service: the agreements service's own limits (its
/// column definitions), so a request the gateway lets through is never refused for its size there.
/// </summary>
public static class AgreementLimits
{
    public const int Text = 100_000;
    public const int Title = 200;
    public const int Code = 64;
    public const int Person = 128;
    public const int DocumentNumber = 128;
    public const int Entry = 500;
    public const int Reason = 4_000;
    public const int Items = 200;
    public const int ListEntries = 50;
}
