using HuiShang.Policies.Sections;

namespace HuiShang.Policies.Loading;

/// <summary>A window needs both ends in order; the other kinds must not carry dates they would ignore.</summary>
internal static class IntakeWindowRules
{
    public static void Check(IntakeWindow intake, string path, ProblemSink sink)
    {
        if (intake.Kind == IntakeKind.Window)
        {
            if (intake.From is null) sink.Add($"{path}.from", "a window needs 'from' (MM-dd)");
            if (intake.To is null) sink.Add($"{path}.to", "a window needs 'to' (MM-dd)");
            if (intake.From is { } from && intake.To is { } to && from.CompareTo(to) > 0)
            {
                sink.Add(path, $"window from {from} is after to {to}");
            }
        }
        else if (intake.From is not null || intake.To is not null)
        {
            sink.Add(path, $"kind '{intake.Kind}' takes no from/to dates");
        }
    }
}
