using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Audit;

/// <summary>
/// Issue 12 finding 7: admins check that a service's history has not been altered in the database
/// (decision 012). The service verifies its own tables; the gateway checks the role and the input.
/// </summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/audit").WithTags("Audit").ProducesUpstreamProblems();
        group.MapGet("/{service}/verify", VerifyHistory).WithName(nameof(VerifyHistory)).RequireRoles(Roles.Admin)
            .WithSummary("Checks the hash chains of a service's history (proposals, agreements, funding or evaluation), optionally of one record, and reports the first broken link.");
        return group;
    }

    public static async Task<Results<Ok<HistoryVerificationResponse>, ValidationProblem, ProblemHttpResult>> VerifyHistory(
        string service, string? recordId, AuditClient audit, HttpContext http)
    {
        if (recordId is not null && (!Guid.TryParse(recordId, out var record) || record == Guid.Empty))
        {
            return ValidationResults.For("recordId", "A GUID.");
        }

        var key = service.ToLowerInvariant();
        if (audit.VerifyAsync(key, recordId ?? "") is not { } verification)
        {
            return TypedResults.Problem(Problem.Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound,
                $"No audited history in '{service}'; one of {string.Join(", ", AuditClient.Services)}."));
        }

        return TypedResults.Ok(AuditMapping.ToResponse(key, await verification));
    }
}
