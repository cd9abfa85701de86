namespace HuiShang.Gateway.Authorization;

public static class RoleRequirements
{
    /// <summary>
    /// The roles (api.md "who") that may call the endpoint: no valid token → 401, a token
    /// without one of these roles → 403.
    /// </summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(roles));
}
