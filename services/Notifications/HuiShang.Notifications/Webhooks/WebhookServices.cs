namespace HuiShang.Notifications.Webhooks;

internal static class WebhookServices
{
    /// <summary>The webhook settings, the guarded HttpClient (no redirects, no proxy, checked addresses) and the dispatcher.</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        var options = WebhookOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddHttpClient(WebhookSender.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => GuardedConnections.Handler(options.Targets, options.Timeout))
            // The sender bounds each attempt itself; the client's own 100 s default must not cut in first.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        return builder;
    }
}
