using HuiShang.Contracts;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;

namespace HuiShang.Gateway.Problems;

/// <summary>
/// A service's gRPC status as the HTTP problem a portal understands. Client errors keep the
/// service's detail (plain words meant for the user); server-side failures get a fixed message,
/// never the service's internals.
/// </summary>
public static class RpcProblemMapper
{
    public static ProblemDetails ToProblem(UpstreamException upstream)
    {
        var rpc = upstream.Rpc;
        var detail = rpc.Status.Detail;
        return rpc.StatusCode switch
        {
            StatusCode.InvalidArgument => Validation(rpc),
            StatusCode.NotFound => Problem.Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, detail),
            StatusCode.AlreadyExists => Rule(StatusCodes.Status409Conflict, ProblemTypes.AlreadyExists, rpc),
            StatusCode.FailedPrecondition => Rule(StatusCodes.Status409Conflict, ProblemTypes.InvalidState, rpc),
            StatusCode.Aborted => Rule(StatusCodes.Status409Conflict, ProblemTypes.ConcurrencyConflict, rpc),
            StatusCode.PermissionDenied => Problem.Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, detail),
            StatusCode.Unauthenticated => Problem.Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthenticated, detail),
            // 429 is only the gateway's own limiter (RateLimiting/). A service naming a rule (quota,
            // cap) refused the request itself; anything else is a limit inside the platform, such as
            // a reply over the message size, which the caller cannot fix by waiting (issue 12).
            StatusCode.ResourceExhausted when ProblemStatusReader.ReadProblemType(rpc) is not null =>
                Rule(StatusCodes.Status409Conflict, ProblemTypes.InvalidState, rpc),
            StatusCode.ResourceExhausted => Problem.Create(
                StatusCodes.Status502BadGateway,
                ProblemTypes.UpstreamError,
                $"The {upstream.Service} service could not complete the request: its answer went over a limit inside the platform."),
            StatusCode.Unavailable or StatusCode.DeadlineExceeded => Problem.Create(
                StatusCodes.Status503ServiceUnavailable,
                ProblemTypes.ServiceUnavailable,
                $"The {upstream.Service} service is not answering at the moment. Please try again shortly."),
            _ => Problem.Create(
                StatusCodes.Status502BadGateway,
                ProblemTypes.UpstreamError,
                $"The {upstream.Service} service failed to handle the request ({rpc.StatusCode})."),
        };
    }

    private static HttpValidationProblemDetails Validation(RpcException rpc)
    {
        var errors = rpc.GetFieldViolations()
            .GroupBy(violation => FieldPaths.FromProtoPath(violation.Field))
            .ToDictionary(group => group.Key, group => group.Select(violation => violation.Description).ToArray());
        return Problem.Validation(
            errors,
            rpc.Status.Detail,
            ProblemStatusReader.ReadProblemType(rpc) ?? ProblemTypes.Validation,
            ProblemStatusReader.ReadRuleId(rpc));
    }

    private static ProblemDetails Rule(int status, string defaultSlug, RpcException rpc) =>
        Problem.Create(
            status,
            ProblemStatusReader.ReadProblemType(rpc) ?? defaultSlug,
            rpc.Status.Detail,
            ProblemStatusReader.ReadRuleId(rpc));
}
