using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>A city's webhook endpoint: a real Kestrel on 127.0.0.1 that records every POST and answers as scripted.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The answer to the n-th request (0-based) to a path; 200 unless set.</summary>
    public Func<int, ReceivedWebhook, IResult> Answer { get; set; } = (_, _) => Results.Ok();

    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public string Url(string path) => new Uri(Address, path).ToString();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
            var path = http.Request.Path.Value ?? "";
            var received = new ReceivedWebhook(path, headers, body, DateTimeOffset.UtcNow);
            var index = receiver._received.Count(r => r.Path == path);
            receiver._received.Enqueue(received);
            return receiver.Answer(index, received);
        });
        await app.StartAsync();
        return receiver;
    }

    public IReadOnlyList<ReceivedWebhook> At(string path) => [.. _received.Where(r => r.Path == path)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed record ReceivedWebhook(string Path, IHeaderDictionary Headers, string Body, DateTimeOffset At)
{
    public string WebhookId => Headers["webhook-id"].ToString();
}
