using Grpc.Core;

namespace HuiShang.ServiceDefaults.Identity;

public static class GrpcCallerExtensions
{
    /// <summary>
    /// The caller of a gRPC call, authenticated by the host's JWT bearer middleware from the
    /// forwarded <c>authorization</c> metadata. Throws UNAUTHENTICATED without a valid platform
    /// token and PERMISSION_DENIED when none of <paramref name="allowedRoles"/> is the caller's
    /// (no roles given: any authenticated caller). Tenancy (which records the caller may see) is
    /// the service's own check against its data.
    /// </summary>
    public static PlatformCaller RequireCaller(this ServerCallContext context, params string[] allowedRoles)
    {
        var user = context.GetHttpContext().User;
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "A valid bearer token is required in the authorization metadata."));
        }

        if (allowedRoles.Length > 0 && !user.HasAnyRole(allowedRoles))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"{context.Method} is open to {string.Join(", ", allowedRoles)} only."));
        }

        return PlatformCaller.From(user);
    }
}
