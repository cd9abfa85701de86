using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiTests(GatewayFixture fixture)
{
    [Fact]
    public async Task The_document_is_served_without_a_token_and_lists_every_endpoint()
    {
        var response = await fixture.Client.GetAsync("/openapi/v1.json", token: null);

        Assert.Equal(200, (int)response.StatusCode);
        var document = await response.ReadJsonAsync();
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/auth/dev-token").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/proposals").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/proposals/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/proposals/{id}/submit").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/inbox").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/calls").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/calls").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/calls/{id}/selection").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/proposals").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/proposals/{id}").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/proposals/{id}/return").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/proposals/{id}/withdraw").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/proposals/{id}/history").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task The_edit_documents_if_match_and_428()
    {
        var document = await (await fixture.Client.GetAsync("/openapi/v1.json", token: null)).ReadJsonAsync();

        var put = document.GetProperty("paths").GetProperty("/api/proposals/{id}").GetProperty("put");
        Assert.Contains(put.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
        Assert.True(put.GetProperty("responses").TryGetProperty("428", out _));
        Assert.True(put.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task Protected_operations_declare_the_bearer_scheme_and_their_problems()
    {
        var document = await (await fixture.Client.GetAsync("/openapi/v1.json", token: null)).ReadJsonAsync();

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        var create = document.GetProperty("paths").GetProperty("/api/proposals").GetProperty("post");
        Assert.True(create.TryGetProperty("security", out _));
        var responses = create.GetProperty("responses");
        foreach (var status in new[] { "201", "400", "401", "403", "409", "503" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"POST /api/proposals does not document {status}");
        }

        var devToken = document.GetProperty("paths").GetProperty("/api/auth/dev-token").GetProperty("post");
        Assert.False(devToken.TryGetProperty("security", out _));
    }
}
