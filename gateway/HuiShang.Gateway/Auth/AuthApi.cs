using HuiShang.Contracts.ReferenceData;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Auth;

/// <summary>api.md "Identity and tenancy": the development token issuer for seeded users.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        if (api.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            group.MapPost("/dev-token", IssueDevToken)
                .WithName(nameof(IssueDevToken))
                .WithSummary("Development only: a bearer token for a seeded user (role@region).");
        }
        else
        {
            // Answered explicitly: unmapped, the fallback policy would say 401 and hint that it exists.
            group.MapPost("/dev-token", NotInThisEnvironment).ExcludeFromDescription();
        }

        return group;
    }

    public static Results<Ok<DevTokenResponse>, ValidationProblem> IssueDevToken(DevTokenRequest request, PlatformTokenIssuer issuer, TimeProvider time)
    {
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
