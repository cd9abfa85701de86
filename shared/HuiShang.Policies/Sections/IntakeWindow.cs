namespace HuiShang.Policies.Sections;

/// <summary>When proposals are accepted. From/To only for <see cref="IntakeKind.Window"/>.</summary>
public sealed record IntakeWindow(string RuleId, IntakeKind Kind, MonthDay? From = null, MonthDay? To = null) : IPolicySection, ISectionName
{
    public static string SectionName => "intakeWindow";

    public bool IsOpenOn(DateOnly date) => Kind switch
    {
        IntakeKind.AnyTime => true,
        IntakeKind.Window => MonthDay.Of(date).CompareTo(From!.Value) >= 0 && MonthDay.Of(date).CompareTo(To!.Value) <= 0,
        // XJ-3.1: the guide, not the profile, carries the call dates.
        _ => throw new InvalidOperationException($"{RuleId}: intake follows the published application guide; its dates are not part of the profile."),
    };
}
