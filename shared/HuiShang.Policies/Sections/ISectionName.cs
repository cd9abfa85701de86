namespace HuiShang.Policies.Sections;

/// <summary>
/// The JSON property name of a section ("fieldBlock"), for messages. Separate from
/// <see cref="IPolicySection"/> because an interface with static abstract members cannot be a type argument.
/// </summary>
public interface ISectionName
{
    static abstract string SectionName { get; }
}
