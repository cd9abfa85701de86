using System.Net;
using System.Text.Json;

namespace HuiShang.Platform.Tests;

/// <summary>The Aspire dashboard's telemetry API (OTLP JSON), as an admin's tools read it.</summary>
public sealed class DashboardTelemetry(Uri dashboard) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = dashboard, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The service names (resource attribute service.name) of every span the dashboard holds for a trace.</summary>
    public async Task<HashSet<string>> ServicesInTraceAsync(string traceId)
    {
        using var response = await _http.GetAsync($"/api/telemetry/traces/{traceId}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var names = new HashSet<string>();
        Collect(json.RootElement, names);
        return names;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Every {"key": "service.name", "value": {"stringValue": …}} anywhere in the document.</summary>
    private static void Collect(JsonElement element, HashSet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && key.GetString() == "service.name"
                    && element.TryGetProperty("value", out var value) && value.TryGetProperty("stringValue", out var name))
                {
                    names.Add(name.GetString()!);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, names);
                }

                break;
        }
    }
}
