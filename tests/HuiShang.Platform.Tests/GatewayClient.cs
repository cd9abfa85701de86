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

    /// <summary>
    /// Opens this year's call of a jurisdiction as its planning division, with a window around
    /// today (the profile's default, GX-10's first quarter, may be over), and returns its id.
    /// </summary>
    public async Task<string> OpenCallAsync(string jurisdiction)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var request = Request(HttpMethod.Post, "/api/calls", await TokenAsync($"province-planning@{jurisdiction}"), null);
        request.Content = JsonContent.Create(new { year = today.Year, opensOn = $"{today.Year}-01-01", closesOn = $"{today.Year}-12-31" });
        using var response = await _http.SendAsync(request);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Creates a complete proposal as <paramref name="cityUser"/> in <paramref name="callId"/> and
    /// submits it (meeting six months ahead for GX-13, topic basis filled in, HB-11..13 figures that
    /// pass); returns the proposal id.
    /// </summary>
    public async Task<string> CreateAndSubmitAsync(string cityUser, string callId, string title, string? traceParent = null)
    {
        var token = await TokenAsync(cityUser);
        using var create = Request(HttpMethod.Post, "/api/proposals", token, traceParent);
        create.Content = JsonContent.Create(new
        {
            title,
            callId,
            plannedMeetingOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            topics = new[]
            {
                new { title = "科技成果转化", category = "major-needs", field = "achievement-transfer", priorWork = "已建平台", alignment = "已对接", nextSteps = "建设中心", requestedSupport = 1_000_000m },
            },
            figures = new { rdGdpRatio = 2.4m, rdGdpRatioPrevious = 2.2m, fiscalStSpendingGrowth = 9.5m, regularRevenueGrowth = 4.0m },
        });
        using var created = await _http.SendAsync(create);
        Assert.True(created.StatusCode == System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var submit = Request(HttpMethod.Post, $"/api/proposals/{id}/submit", token, traceParent);
        using var submitted = await _http.SendAsync(submit);
        Assert.True(submitted.StatusCode == System.Net.HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
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

    /// <summary>Any JSON call as a seeded user; the answer's status, body (undefined when empty) and ETag.</summary>
    public async Task<GatewayAnswer> SendAsync(HttpMethod method, string path, string user, object? body = null, string? ifMatch = null)
    {
        using var request = Request(method, path, await TokenAsync(user), null);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GatewayAnswer(response.StatusCode, json, response.Headers.ETag?.Tag, text);
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

/// <summary>A gateway answer: status, JSON body, ETag, and the raw text for assertion messages.</summary>
public sealed record GatewayAnswer(System.Net.HttpStatusCode Status, JsonElement Body, string? ETag, string Text)
{
    public GatewayAnswer Expect(System.Net.HttpStatusCode status)
    {
        Assert.True(Status == status, $"expected {(int)status}, got {(int)Status}: {Text}");
        return this;
    }
}
