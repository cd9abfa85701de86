using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace HuiShang.Gateway.Problems;

/// <summary>
/// What minimal APIs throw when a request cannot be bound (RouteHandlerOptions.ThrowOnBadRequest)
/// as a problem naming the field, instead of the framework's empty 400.
/// </summary>
public static class BadRequestProblemMapper
{
    public static ProblemDetails ToProblem(BadHttpRequestException exception) => exception switch
    {
        { InnerException: JsonException json } => FromJson(json),
        { StatusCode: StatusCodes.Status400BadRequest } => Problem.Validation(
            FieldPaths.Body, "A JSON body is required.", "The request body is missing or could not be read."),
        { StatusCode: var status } => Problem.Create(status, ProblemTypes.ForStatus(status), ProblemTypes.DefaultDetail(status)),
    };

    private static HttpValidationProblemDetails FromJson(JsonException json)
    {
        // A syntax error comes from the reader (wrapped as the inner exception); anything else is
        // well-formed JSON with a value of the wrong type or format at json.Path.
        if (json.InnerException is JsonException)
        {
            var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
            return Problem.Validation(FieldPaths.Body, $"The body is not valid JSON{where}.", "The request body is not valid JSON.");
        }

        var field = FieldPaths.FromJsonPath(json.Path);
        return Problem.Validation(field, "Has the wrong type or format.", $"The field '{field}' has the wrong type or format.");
    }
}
