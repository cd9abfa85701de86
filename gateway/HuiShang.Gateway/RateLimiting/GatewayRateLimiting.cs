using System.Threading.RateLimiting;
using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Authorization;

namespace HuiShang.Gateway.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter as one global, partitioned limiter (decision 010): a request without a
/// user, or to an anonymous endpoint, counts against its remote address; a signed-in user's writes
/// count against the token's subject, so one busy city system cannot slow another down; signed-in
/// reads are not limited here (lists page, issue 12 finding 1). Runs after authentication, so the
/// subject is known, and before authorization, so a flood of 401s is limited too.
/// </summary>
internal static class GatewayRateLimiting
{
    public static WebApplicationBuilder AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        var limits = RateLimitOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(limits);
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, limits));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        var anonymousEndpoint = http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (anonymousEndpoint || http.User.Identity?.IsAuthenticated != true)
        {
            // Behind a proxy this is the proxy's address unless forwarded headers are configured (decision 010).
            var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return Fixed("client:" + client, limits.AnonymousPerClient, limits.Window);
        }

        if (IsWrite(http.Request.Method))
        {
            var subject = http.User.FindFirst(HuiShangClaims.Subject)?.Value ?? "unknown";
            return Fixed("user:" + subject, limits.WritesPerUser, limits.Window);
        }

        return RateLimitPartition.GetNoLimiter("reads");
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>No queue: a request over the limit is answered at once, with Retry-After, rather than held.</summary>
    private static RateLimitPartition<string> Fixed(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
