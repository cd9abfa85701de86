using System.Net.Http.Headers;
using System.Text;

namespace HuiShang.Gateway.Tests.Infrastructure;

/// <summary>Requests as a portal sends them: raw JSON text (so tests can send broken JSON) and a bearer token.</summary>
public static class GatewayRequests
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? token = null, string mediaType = "application/json") =>
        client.SendAsync(Request(HttpMethod.Post, path, token, new StringContent(json, Encoding.UTF8, mediaType)));

    /// <summary>Any method with an optional JSON body, bearer token and If-Match header (sent as is, unvalidated).</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string? json, string? token, string? ifMatch = null)
    {
        var request = Request(method, path, token, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"));
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, string? token) =>
        client.SendAsync(Request(HttpMethod.Get, path, token));

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? authorization, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return client.SendAsync(request);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
