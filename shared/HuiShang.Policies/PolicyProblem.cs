namespace HuiShang.Policies;

/// <summary>One reason a profile file is invalid: file name, JSON path, reason.</summary>
public sealed record PolicyProblem(string File, string Path, string Reason)
{
    public override string ToString() => $"{File}: {Path}: {Reason}";
}
