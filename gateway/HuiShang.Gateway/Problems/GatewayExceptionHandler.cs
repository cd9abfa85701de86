using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HuiShang.Gateway.Problems;

/// <summary>
/// The one place exceptions become responses: a problem for each kind, never a stack trace.
/// Unexpected exceptions are logged with their details and answered with a bare internal-error.
/// </summary>
internal sealed class GatewayExceptionHandler(IProblemDetailsService problems, ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(httpContext, exception);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private ProblemDetails ToProblem(HttpContext httpContext, Exception exception)
    {
        switch (exception)
        {
            case UpstreamException upstream:
                var problem = RpcProblemMapper.ToProblem(upstream);
                var level = problem.Status >= 500 ? LogLevel.Warning : LogLevel.Debug;
                logger.Log(level, "{Service}.{Method} answered {Status}: {Detail}", upstream.Service, upstream.Method, upstream.Rpc.StatusCode, upstream.Rpc.Status.Detail);
                return problem;
            case BadHttpRequestException badRequest:
                logger.LogDebug("Bad request: {Message}", badRequest.Message);
                return BadRequestProblemMapper.ToProblem(badRequest);
            case UpstreamContractException contract:
                logger.LogWarning("{Message}", contract.Message);
                return Problem.Create(StatusCodes.Status502BadGateway, ProblemTypes.UpstreamError, "A service sent a reply the gateway could not read.");
            default:
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                return Problem.Create(StatusCodes.Status500InternalServerError, ProblemTypes.InternalError, "The request could not be completed. It has been logged.");
        }
    }
}
