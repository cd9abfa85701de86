using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuiShang.Platform.Tests;

/// <summary>What a portal does: get a development token, create and submit a proposal, read the inbox.</summary>
public sealed class GatewayClient(Uri gateway) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string> TokenAsync(string user)
    {
        using var response = await _http.PostAsJsonAsync("/api/auth/dev-token", new { user });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>Creates a draft as <paramref name="cityUser"/> and submits it; returns the proposal id.</summary>
    public async Task<string> CreateAndSubmitAsync(string cityUser, string title, string? traceParent = null)
    {
        var token = await TokenAsync(cityUser);
        using var create = Request(HttpMethod.Post, "/api/proposals", token, traceParent);
        create.Content = JsonContent.Create(new
        {
            title,
            callId = "platform-test",
            plannedMeetingOn = "2027-06-30",
            previousRoundSummary = "上一轮议定事项均已完成",
            topics = new[] { new { title = "科技成果转化", category = "major-needs", field = "achievement-transfer", requestedSupport = 1_000_000m } },
        });
        using var created = await _http.SendAsync(create);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var submit = Request(HttpMethod.Post, $"/api/proposals/{id}/submit", token, traceParent);
        using var submitted = await _http.SendAsync(submit);
        Assert.Equal(System.Net.HttpStatusCode.OK, submitted.StatusCode);
        return id;
    }

    /// <summary>The subject ids in the user's inbox (null while the inbox cannot be read, e.g. Notifications is down).</summary>
    public async Task<IReadOnlyList<string>?> InboxSubjectsAsync(string user)
    {
        try
        {
            using var request = Request(HttpMethod.Get, "/api/inbox?limit=200", await TokenAsync(user), null);
            using var response = await _http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
            return items.EnumerateArray().Select(i => i.GetProperty("subjectId").GetString()!).ToList();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, string? traceParent)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (traceParent is not null)
        {
            request.Headers.TryAddWithoutValidation("traceparent", traceParent);
        }

        return request;
    }
}
