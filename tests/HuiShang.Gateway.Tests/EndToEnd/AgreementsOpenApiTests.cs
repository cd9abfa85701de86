using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>The agreements endpoints are part of the served contract (/openapi/v1.json), with their summaries and problems.</summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsOpenApiTests(AgreementsStack stack)
{
    private static readonly (string Path, string Method)[] Operations =
    [
        ("/api/agreements", "get"),
        ("/api/agreements/{id}", "get"),
        ("/api/agreements/{id}/history", "get"),
        ("/api/agreements/{id}/versions", "get"),
        ("/api/agreements/{id}/versions", "post"),
        ("/api/agreements/{id}/versions/{number}", "get"),
        ("/api/agreements/{id}/versions/{from}/diff/{to}", "get"),
        ("/api/agreements/{id}/comment-rounds", "post"),
        ("/api/agreements/{id}/comments", "post"),
        ("/api/agreements/{id}/comment-rounds/{roundId}/resolutions", "post"),
        ("/api/agreements/{id}/director-review", "post"),
        ("/api/agreements/{id}/city-review", "post"),
        ("/api/agreements/{id}/approvals", "post"),
        ("/api/agreements/{id}/formal-document", "post"),
        ("/api/agreements/{id}/meeting", "post"),
        ("/api/agreements/{id}/sign", "post"),
        ("/api/agreements/{id}/renewal", "post"),
    ];

    [Fact]
    public async Task Every_agreements_operation_is_documented_with_a_summary_the_bearer_scheme_and_its_problems()
    {
        var document = await (await stack.Client.GetAsync("/openapi/v1.json", token: null)).ReadJsonAsync();
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in Operations)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not documented.");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not documented.");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary.");
            Assert.True(operation.TryGetProperty("security", out _), $"{method} {path} does not declare the bearer scheme.");
            foreach (var status in new[] { "401", "403", "404", "503" })
            {
                Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"{method} {path} does not document {status}.");
            }
        }

        var create = paths.GetProperty("/api/agreements/{id}/versions").GetProperty("post");
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
        Assert.True(create.GetProperty("responses").TryGetProperty("428", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
    }
}
