namespace HuiShang.Agreements.Grpc;

/// <summary>The proto's text forms of ids and step names; empty for "not set".</summary>
internal static class Wire
{
    public static string Id(Guid? id) => id?.ToString() ?? "";

    /// <summary>divisionComments, directorsOfficeMeeting, …: the enum name in camelCase.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
