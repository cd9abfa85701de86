namespace HuiShang.Proposals.Domain;

/// <summary>
/// Bounds of intake that are the platform's, not a jurisdiction's rule (configuration section
/// <c>Proposals:Intake</c>): a city proposes once a year (GX-10), so a handful of open proposals in a
/// call leaves room for alternatives while no city can fill the province's lists or storage.
/// </summary>
public sealed class IntakeLimits
{
    public const string Section = "Proposals:Intake";

    public int MaxOpenPerCall { get; set; } = 5;
}
