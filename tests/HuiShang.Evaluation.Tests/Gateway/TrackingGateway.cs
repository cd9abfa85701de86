using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HuiShang.Contracts;
using HuiShang.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuiShang.Evaluation.Tests.Gateway;

/// <summary>
/// The real gateway (composed as its Program.cs composes it) in front of the real Evaluation service, both
/// on Kestrel; tokens signed with the shared test key, as the gateway would sign them.
/// </summary>
internal sealed class TrackingGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TrackingGateway(WebApplication app, ServiceHost service)
    {
        _app = app;
        Service = service;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public ServiceHost Service { get; }

    public HttpClient Client { get; }

    public static async Task<TrackingGateway> StartAsync(FakeClock clock)
    {
        var service = await EvaluationHost.StartAsync(clock);
        var grpc = service.GrpcAddress.ToString().TrimEnd('/');
        var settings = TestSigner.Shared.SignerSettings();
        foreach (var name in Resources.Services.Select(s => s.Name))
        {
            // Only evaluation is called; the others need a well-formed address.
            settings[ConfigKeys.ServiceGrpc(name)] = grpc;
        }

        settings[ConfigKeys.BindAddress] = "127.0.0.1";
        settings[ConfigKeys.HttpPort] = "0";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGateway();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseGateway();
        app.MapGatewayApis();
        await app.StartAsync();
        return new TrackingGateway(app, service);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string user) => SendAsync(HttpMethod.Get, path, user);

    public Task<HttpResponseMessage> PostAsync(string path, string user, object body, string? ifMatch = null, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, path, user, body, ifMatch, idempotencyKey);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string user, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestSigner.Shared.TokenFor(user));
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Reads a JSON reply, failing with the body when the status is not the expected one.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Service.DisposeAsync();
    }
}
