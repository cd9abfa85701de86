using System.Globalization;

namespace HuiShang.Agreements.Grpc;

/// <summary>The proto's text forms: dates ISO yyyy-MM-dd, instants UTC ISO-8601, empty for "not set".</summary>
internal static class Wire
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Instant(DateTimeOffset? instant) => instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "";

    public static string Id(Guid? id) => id?.ToString() ?? "";

    /// <summary>divisionComments, directorsOfficeMeeting, …: the enum name in camelCase.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
