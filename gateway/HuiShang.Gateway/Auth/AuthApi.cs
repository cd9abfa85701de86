using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Auth;

/// <summary>api.md "Identity and tenancy": the development token issuer for seeded users (decision 011).</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        var services = api.ServiceProvider;
        if (DevTokenOptions.Enabled(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()))
        {
            group.MapPost("/dev-token", IssueDevToken)
                .WithName(nameof(IssueDevToken))
                .WithSummary("Local demo only (Auth__DevTokens__Enabled, loopback callers): a bearer token for a seeded user (role@region).");
        }
        else
        {
            // Answered explicitly: unmapped, the fallback policy would say 401 and hint that it exists.
            group.MapPost("/dev-token", NotInThisEnvironment).ExcludeFromDescription();
        }

        return group;
    }

    public static Results<Ok<DevTokenResponse>, ValidationProblem, ProblemHttpResult> IssueDevToken(
        DevTokenRequest request, HttpContext context, PlatformTokenIssuer issuer, TimeProvider time)
    {
        if (!LoopbackOnly.Allows(context))
        {
            return LoopbackOnly.Refusal();
        }

        if (string.IsNullOrWhiteSpace(request.User))
        {
            return ValidationResults.For("user", "Required: a seeded user such as city-bureau@450100.");
        }

        if (DemoUsers.Find(RegionCatalog.Default, request.User.Trim()) is not { } user)
        {
            return ValidationResults.For("user", $"There is no seeded user '{request.User}'. Seeded users are named <role>@<region code>.");
        }

        var token = issuer.Issue(user);
        return TypedResults.Ok(new DevTokenResponse(token, time.GetUtcNow() + issuer.Lifetime));
    }

    public static NotFound NotInThisEnvironment() => TypedResults.NotFound();
}
