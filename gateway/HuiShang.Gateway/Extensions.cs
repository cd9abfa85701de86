using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway;

/// <summary>The gateway's wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.AddGatewayHostDefaults();
        builder.AddGatewayEndpoint();
        builder.AddPlatformAuthentication();
        builder.AddPlatformTokenIssuer();
        builder.Services.AddGatewayAuthorization();
        builder.AddGatewayRateLimiting();
        builder.AddUpstreamServices();
        builder.Services.AddSingleton<AuditClient>();
        builder.Services.AddGatewayProblemDetails();
        builder.Services.AddGatewayOpenApi();
        return builder;
    }

    /// <summary>
    /// Explicit order: the exception handler and status-code pages must wrap authentication and
    /// authorization, or a 401/403 would leave with an empty body instead of a problem. The rate
    /// limiter comes after authentication (writes count per token subject) and before authorization
    /// (a flood of unauthenticated requests counts per client address).
    /// </summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapGatewayApis(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapGatewayHealth();
        var api = app.MapGroup("/api").RefuseMalformedIdempotencyKeys();
        api.MapAuthApi();
        api.MapCallsApi();
        api.MapProposalsApi();
        api.MapAgreementsApi();
        api.MapFundingApi();
        api.MapTrackingApi();
        api.MapInboxApi();
        api.MapAuditApi();
        api.MapSubscriptionsApi();
        return app;
    }
}
