using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HuiShang.Gateway.RateLimiting;

/// <summary>
/// The answer to a request over its limit (api.md "Lists, limits and retries"): 429 rate-limited as
/// problem+json with Retry-After in whole seconds. Only the gateway's own limiter answers 429; an
/// upstream limit is an upstream failure (RpcProblemMapper).
/// </summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var limits = http.RequestServices.GetRequiredService<RateLimitOptions>();
        // The fixed window reports its full length: an upper bound, so a client that waits it out is served.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var reported) ? reported : limits.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = Problem.Create(
            StatusCodes.Status429TooManyRequests,
            ProblemTypes.RateLimited,
            $"Too many requests in a short time. Try again in {seconds} s.");
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
