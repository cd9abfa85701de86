using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Auth;

/// <summary>
/// Development tokens go only to a caller on this machine (decision 011): anyone who can reach the
/// gateway over the network must not become the director. Refused with 403 rather than 404, so a
/// developer on another machine learns why instead of hunting for a missing route.
/// </summary>
public static class LoopbackOnly
{
    public static bool Allows(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote
        && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)
        // A proxy on this machine relays someone else's request: its loopback address proves nothing.
        && !context.Request.Headers.ContainsKey("Forwarded")
        && !context.Request.Headers.ContainsKey("X-Forwarded-For");

    public static ProblemHttpResult Refusal() => TypedResults.Problem(Problem.Create(
        StatusCodes.Status403Forbidden,
        ProblemTypes.Forbidden,
        "Development tokens are issued only to callers on the gateway's own machine (loopback, not through a proxy)."));
}
