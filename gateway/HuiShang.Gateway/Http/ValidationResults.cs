using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Http;

/// <summary>Typed 400 results with the platform's validation problem type, for handlers' own checks.</summary>
public static class ValidationResults
{
    public static ValidationProblem For(FieldErrors errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(),
            detail: "Some fields are missing or not valid: see errors.",
            title: ProblemTypes.TitleOf(ProblemTypes.Validation),
            type: ProblemTypes.Uri(ProblemTypes.Validation));

    public static ValidationProblem For(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return For(errors);
    }
}
