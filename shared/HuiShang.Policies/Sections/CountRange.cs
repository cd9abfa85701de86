namespace HuiShang.Policies.Sections;

/// <summary>An inclusive count range, e.g. 1–2 general cities a year (GX-10).</summary>
public sealed record CountRange(int Min, int Max)
{
    public bool Contains(int count) => count >= Min && count <= Max;
}
