namespace HuiShang.Gateway.Problems;

/// <summary>
/// Stable problem type URIs (api.md "Errors"): https://huishang.dev/problems/&lt;slug&gt;. Clients
/// branch on the type, so a slug never changes once published.
/// </summary>
public static class ProblemTypes
{
    public const string BaseUri = "https://huishang.dev/problems/";

    public const string Validation = "validation";
    public const string BadRequest = "bad-request";
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string MethodNotAllowed = "method-not-allowed";
    public const string AlreadyExists = "already-exists";
    public const string InvalidState = "invalid-state";
    public const string ConcurrencyConflict = "concurrency-conflict";
    public const string Conflict = "conflict";
    public const string PreconditionRequired = "precondition-required";
    public const string PayloadTooLarge = "payload-too-large";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string RateLimited = "rate-limited";
    public const string InternalError = "internal-error";
    public const string UpstreamError = "upstream-error";
    public const string ServiceUnavailable = "service-unavailable";
    public const string Error = "error";

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        [Validation] = "The request is not valid",
        [BadRequest] = "Bad request",
        [Unauthenticated] = "Authentication required",
        [Forbidden] = "Not allowed for your role",
        [NotFound] = "Not found",
        [MethodNotAllowed] = "Method not allowed",
        [AlreadyExists] = "Already exists",
        [InvalidState] = "Not possible in the record's current state",
        [ConcurrencyConflict] = "Changed by someone else",
        [Conflict] = "Conflict",
        [PreconditionRequired] = "If-Match required",
        [PayloadTooLarge] = "Request body too large",
        [UnsupportedMediaType] = "Unsupported media type",
        [RateLimited] = "Too many requests",
        [InternalError] = "Internal error",
        [UpstreamError] = "A service failed",
        [ServiceUnavailable] = "Service unavailable",
        // Policy rules of api.md that services report through the problem-type trailer.
        ["cap-exceeded"] = "Funding cap exceeded",
        ["quota-full"] = "Quota full",
        ["window-closed"] = "Intake window closed",
        ["lead-time"] = "Lead time not met",
        ["field-blocked"] = "Field blocked by unfinished projects",
        ["cycle-not-due"] = "Cycle not due",
        ["no-policy-in-force"] = "No policy in force on that date",
        ["version-superseded"] = "The version is no longer current",
        ["deadline-not-passed"] = "The deadline has not passed yet",
        ["agreement-not-signed"] = "No signed agreement",
        ["district-required"] = "A district is required",
        ["idempotency-key-reused"] = "Idempotency-Key reused with another request",
    };

    public static string Uri(string slug) => BaseUri + slug;

    public static bool IsPlatformType(string? type) => type is not null && type.StartsWith(BaseUri, StringComparison.Ordinal);

    /// <summary>A title for a known slug; a rule the gateway does not know yet gets a generic one.</summary>
    public static string TitleOf(string slug) => Titles.TryGetValue(slug, out var title) ? title : "Request refused by a rule";

    /// <summary>The slug for an HTTP error that carries no more specific reason (routing, authentication, limits).</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        428 => PreconditionRequired,
        429 => RateLimited,
        500 => InternalError,
        502 => UpstreamError,
        503 => ServiceUnavailable,
        _ => Error,
    };

    /// <summary>What to tell a caller for a bare status, where the code that set it wrote no body.</summary>
    public static string? DefaultDetail(int status) => status switch
    {
        401 => "Send a valid bearer token in the Authorization header.",
        403 => "Your role may not do this.",
        404 => "There is no such resource.",
        405 => "This resource does not support that HTTP method.",
        413 => $"The request body exceeds {Hosting.GatewayEndpoint.MaxRequestBodyBytes / (1024 * 1024)} MiB.",
        415 => "Send the body as application/json.",
        428 => "Send If-Match with the ETag of the version you read, e.g. If-Match: \"7\".",
        _ => null,
    };
}
