namespace HuiShang.Gateway.Authorization;

internal static class GatewayAuthorization
{
    /// <summary>
    /// Endpoints declare their roles (<see cref="RoleRequirements.RequireRoles"/>); the fallback
    /// policy makes anything that forgets to declare them need at least a valid token.
    /// </summary>
    public static IServiceCollection AddGatewayAuthorization(this IServiceCollection services) =>
        services.AddAuthorization(options =>
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
}
