using System.Text.RegularExpressions;

namespace HuiShang.Gateway.Problems;

/// <summary>Field names in problem <c>errors</c> use the API's camelCase paths, e.g. <c>topics[0].requestedSupport</c>.</summary>
public static partial class FieldPaths
{
    public const string Body = "body";

    /// <summary>System.Text.Json's "$.topics[0].requestedSupport" → "topics[0].requestedSupport"; the root → "body".</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return Body;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>A protobuf field path from a service ("topics[0].requested_support") in the API's spelling.</summary>
    public static string FromProtoPath(string path) =>
        string.IsNullOrEmpty(path) ? Body : SnakeSegment().Replace(path, m => m.Groups[1].Value.ToUpperInvariant());

    [GeneratedRegex("_([a-z0-9])")]
    private static partial Regex SnakeSegment();
}
