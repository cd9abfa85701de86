using System.Text.Json;

namespace HuiShang.Gateway.Tests.Fuzz;

/// <summary>One write of the gateway as its OpenAPI document describes it: what the fuzzer generates requests for.</summary>
public sealed record WriteOperation(string Method, string PathTemplate, IReadOnlyList<string> PathParameters, JsonElement? BodySchema)
{
    private static readonly string[] WriteMethods = ["post", "put", "patch", "delete"];

    public override string ToString() => $"{Method} {PathTemplate}";

    /// <summary>Every POST/PUT/PATCH/DELETE of the document, its body schema resolved from the components.</summary>
    public static IReadOnlyList<WriteOperation> AllIn(JsonElement document)
    {
        var operations = new List<WriteOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => WriteMethods.Contains(o.Name)))
            {
                var pathParameters = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? json.GetProperty("schema")
                    : null;
                operations.Add(new WriteOperation(operation.Name.ToUpperInvariant(), path.Name, pathParameters, body));
            }
        }

        return operations;
    }
}

/// <summary>The document's schemas, with <c>$ref</c> followed.</summary>
public sealed class SchemaSet(JsonElement document)
{
    private readonly JsonElement _components = document.GetProperty("components").GetProperty("schemas");

    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(_components.GetProperty(reference.GetString()!["#/components/schemas/".Length..]))
            : schema;

    /// <summary>The schema's type without "null" (OpenAPI 3.1 writes nullable as a type array); "any" when it has none.</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString()!;
    }

    public static string? FormatOf(JsonElement schema) => schema.TryGetProperty("format", out var format) ? format.GetString() : null;
}
