using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace HuiShang.Gateway.Problems;

/// <summary>
/// Writes every problem as application/problem+json, whatever the Accept header (the default
/// writer falls back to plain text for browsers): callers are API clients and branch on
/// <c>type</c>. Also gives framework-made problems (401 from authentication, 404 from routing,
/// 413 from Kestrel) a platform type, title and detail, and adds the trace id to each.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";
    public const string TraceIdExtension = "traceId";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Status = status;
        http.Response.StatusCode = status;
        if (!ProblemTypes.IsPlatformType(problem.Type))
        {
            var slug = ProblemTypes.ForStatus(status);
            problem.Type = ProblemTypes.Uri(slug);
            problem.Title = ProblemTypes.TitleOf(slug);
            problem.Detail ??= ProblemTypes.DefaultDetail(status);
        }

        problem.Instance ??= http.Request.Path;
        problem.Extensions[TraceIdExtension] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions, ContentType, http.RequestAborted));
    }
}
