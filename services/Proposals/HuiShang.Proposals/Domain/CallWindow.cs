using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Proposals.Domain;

/// <summary>The dates of a call; omitted dates come from the profile's intake window (GX-10: Q1).</summary>
public sealed record CallWindow(DateOnly OpensOn, DateOnly ClosesOn)
{
    /// <summary>Null when a date is missing and the profile gives none (e.g. XJ-3.1: dates per guide).</summary>
    public static CallWindow? Resolve(PolicyVersion version, int year, DateOnly? opensOn, DateOnly? closesOn)
    {
        var intake = version.Find<IntakeWindow>();
        var (from, to) = intake switch
        {
            // GX-10: proposals in the first quarter.
            { Kind: IntakeKind.Window, From: { } f, To: { } t } => ((DateOnly?)f.InYear(year), (DateOnly?)t.InYear(year)),
            // HB-16(一): a city may ask at any time; the call spans the year.
            { Kind: IntakeKind.AnyTime } => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            _ => (null, null),
        };
        var opens = opensOn ?? from;
        var closes = closesOn ?? to;
        return opens is { } o && closes is { } c ? new CallWindow(o, c) : null;
    }
}
