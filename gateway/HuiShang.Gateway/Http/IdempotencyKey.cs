using HuiShang.ServiceDefaults.Idempotency;

namespace HuiShang.Gateway.Http;

/// <summary>
/// api.md "Writes that may be retried accept an Idempotency-Key". The gateway only checks its shape and
/// forwards it (UpstreamCall); the service that owns the write keeps the first answer in its own
/// database, so a retry that lands on another gateway replica is still answered once.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The request's key when it has a valid one; a malformed key is never forwarded.</summary>
    public static string? Read(HttpContext http) =>
        http.Request.Headers[HeaderName].ToString() is { Length: > 0 } key && IdempotentCalls.IsValidKey(key) ? key : null;

    /// <summary>
    /// Refuses a POST with a malformed key before the handler runs (the service is not called): a retry
    /// with a key the gateway silently dropped would run the write twice.
    /// </summary>
    public static TBuilder RefuseMalformedIdempotencyKeys<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            return HttpMethods.IsPost(request.Method) && request.Headers.TryGetValue(HeaderName, out var values)
                && !(values.Count == 1 && IdempotentCalls.IsValidKey(values.ToString()))
                ? ValidationResults.For(HeaderName, $"1 to {IdempotentResponse.MaxKeyLength} visible ASCII characters (no spaces), e.g. a UUID.")
                : await next(context);
        });
}
