using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Http;

/// <summary>ETags of versioned documents: the service's optimistic-concurrency version, quoted (RFC 9110 §8.8.3).</summary>
public static class EntityTag
{
    public const string IfMatchField = "If-Match";

    public static string ForVersion(long version) => $"\"{version}\"";

    /// <summary>
    /// The version an If-Match header names: exactly one strong ETag of ours, <c>"&lt;version&gt;"</c>
    /// (version ≥ 1). Weak tags, <c>*</c> and lists are refused: the service checks one version.
    /// </summary>
    public static bool TryParseVersion(string? ifMatch, out long version)
    {
        version = 0;
        var value = ifMatch?.Trim();
        return value is { Length: > 2 } && value[0] == '"' && value[^1] == '"'
            && long.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out version)
            && version >= 1;
    }

    /// <summary>The request's If-Match: absent, one of our ETags (its version), or anything else.</summary>
    public static IfMatch ReadIfMatch(string? ifMatch, out long version)
    {
        version = 0;
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return IfMatch.Absent;
        }

        return TryParseVersion(ifMatch, out version) ? IfMatch.Version : IfMatch.Malformed;
    }

    public static ValidationProblem MalformedIfMatch() =>
        ValidationResults.For(IfMatchField, "One ETag as the gateway sent it, e.g. \"7\".");

    public static ProblemHttpResult PreconditionRequired() =>
        TypedResults.Problem(Problem.Create(
            StatusCodes.Status428PreconditionRequired,
            ProblemTypes.PreconditionRequired,
            ProblemTypes.DefaultDetail(StatusCodes.Status428PreconditionRequired)));
}

public enum IfMatch
{
    Absent,
    Version,
    Malformed,
}
