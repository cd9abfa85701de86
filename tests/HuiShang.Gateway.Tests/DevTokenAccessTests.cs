using System.Net;
using System.Text;
using HuiShang.Contracts;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// Issue 12, finding 5 (decision 011): the dev-token endpoint hands out any seeded identity, so it is
/// off unless Auth__DevTokens__Enabled is true, whatever the environment, and then only for callers
/// on the gateway's own machine.
/// </summary>
public sealed class DevTokenAccessTests
{
    private const string Body = """{"user": "province-director@450000"}""";
    private static readonly string Nowhere = "http://127.0.0.1:9";
    private readonly TestSigner _auth = new();

    [Fact]
    public async Task Without_the_switch_a_Development_gateway_answers_404_and_does_not_document_it()
    {
        await using var gateway = await GatewayHost.StartAsync(Environments.Development, GatewayHost.Settings(_auth, Nowhere, Nowhere));

        await (await gateway.Client.PostJsonAsync("/api/auth/dev-token", Body)).ShouldBeProblemAsync(404, "not-found");
        var document = await (await gateway.Client.GetAsync("/openapi/v1.json", token: null)).ReadJsonAsync();
        Assert.False(document.GetProperty("paths").TryGetProperty("/api/auth/dev-token", out _));
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("192.168.1.20")]
    [InlineData("2001:db8::7")]
    public async Task Enabled_but_called_from_another_machine_is_403(string remote)
    {
        await using var app = await StartOnTestServerAsync();

        var response = await PostAsync(app, IPAddress.Parse(remote));

        Assert.Equal(403, response.StatusCode);
        Assert.Contains("/problems/forbidden", await new StreamReader(response.Body).ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Enabled_and_called_from_this_machine_is_200(string remote)
    {
        await using var app = await StartOnTestServerAsync();

        var response = await PostAsync(app, IPAddress.Parse(remote));

        Assert.True(200 == response.StatusCode, await new StreamReader(response.Body).ReadToEndAsync());
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("Forwarded")]
    public async Task Enabled_but_relayed_by_a_proxy_on_this_machine_is_403(string header)
    {
        await using var app = await StartOnTestServerAsync();

        var response = await PostAsync(app, IPAddress.Loopback, (header, "203.0.113.7"));

        Assert.Equal(403, response.StatusCode);
    }

    [Fact]
    public void The_switch_in_Production_stops_the_gateway_naming_it()
    {
        var settings = Settings("true");

        var error = Assert.Throws<InvalidConfigurationException>(() => Build(Environments.Production, settings));

        Assert.Equal("Auth__DevTokens__Enabled", error.EnvironmentVariable);
    }

    [Fact]
    public void A_switch_that_is_not_a_boolean_stops_the_gateway_naming_it()
    {
        var error = Assert.Throws<InvalidConfigurationException>(() => Build(Environments.Development, Settings("yes please")));

        Assert.Equal("Auth__DevTokens__Enabled", error.EnvironmentVariable);
    }

    private Dictionary<string, string?> Settings(string enabled)
    {
        var settings = GatewayHost.Settings(_auth, Nowhere, Nowhere);
        settings[ConfigKeys.DevTokensEnabled] = enabled;
        return settings;
    }

    private WebApplication Build(string environment, Dictionary<string, string?> settings)
    {
        var builder = GatewayHost.CreateBuilder(environment, settings);
        builder.AddGateway();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseGateway();
        app.MapGatewayApis();
        return app;
    }

    private async Task<WebApplication> StartOnTestServerAsync()
    {
        var app = Build(Environments.Development, Settings("true"));
        await app.StartAsync();
        return app;
    }

    /// <summary>TestServer lets the test say which address the connection comes from, as Kestrel would report it.</summary>
    private static async Task<HttpResponse> PostAsync(WebApplication app, IPAddress remote, (string Name, string Value)? header = null)
    {
        var context = await app.GetTestServer().SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = remote;
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/api/auth/dev-token";
            c.Request.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes(Body);
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
            // TestServer decides "no body" before this callback runs; Kestrel would see the Content-Length.
            c.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
            if (header is { } h)
            {
                c.Request.Headers[h.Name] = h.Value;
            }
        });
        return context.Response;
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
