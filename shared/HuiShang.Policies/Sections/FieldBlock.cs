namespace HuiShang.Policies.Sections;

/// <summary>GX-21: no new topic in a field where the lower party still has unfinished projects.</summary>
public sealed record FieldBlock(string RuleId, bool Enabled) : IPolicySection, ISectionName
{
    public static string SectionName => "fieldBlock";
}
