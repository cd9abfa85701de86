using Microsoft.AspNetCore.Mvc;

namespace HuiShang.Gateway.Problems;

/// <summary>Builds the gateway's problem details: platform type URI, title, status, detail, ruleId, errors.</summary>
public static class Problem
{
    public const string RuleIdExtension = "ruleId";

    public static ProblemDetails Create(int status, string slug, string? detail, string? ruleId = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = ProblemTypes.Uri(slug),
            Title = ProblemTypes.TitleOf(slug),
            Detail = string.IsNullOrWhiteSpace(detail) ? null : detail,
        };
        AddRuleId(problem, ruleId);
        return problem;
    }

    /// <summary>400 with the fields that were wrong (<c>errors</c>: field path → messages).</summary>
    public static HttpValidationProblemDetails Validation(
        IDictionary<string, string[]> errors, string? detail, string slug = ProblemTypes.Validation, string? ruleId = null)
    {
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.Uri(slug),
            Title = ProblemTypes.TitleOf(slug),
            Detail = string.IsNullOrWhiteSpace(detail) ? null : detail,
        };
        AddRuleId(problem, ruleId);
        return problem;
    }

    public static HttpValidationProblemDetails Validation(string field, string message, string? detail = null) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, detail ?? message);

    private static void AddRuleId(ProblemDetails problem, string? ruleId)
    {
        if (ruleId is not null)
        {
            problem.Extensions[RuleIdExtension] = ruleId;
        }
    }
}
