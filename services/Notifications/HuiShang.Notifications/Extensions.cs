using HuiShang.Contracts;
using HuiShang.Contracts.Notifications.V1;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Notifications.Consumers;
using HuiShang.Notifications.Data;
using HuiShang.Notifications.Grpc;
using HuiShang.Notifications.Webhooks;
using HuiShang.ServiceDefaults.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuiShang.Notifications;

/// <summary>The Notifications service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext>(Resources.Notifications);
        builder.AddMessaging<NotificationsDbContext>(bus =>
            // A queue named for this service: another service consuming the same event gets its own
            // queue, instead of competing with this one for every message.
        {
            bus.AddConsumer<ProposalSubmittedConsumer>().Endpoint(e => e.Name = ProposalSubmittedConsumer.Endpoint);
            bus.AddConsumer<AgreementSignedConsumer>().Endpoint(e => e.Name = AgreementSignedConsumer.Endpoint);
            bus.AddConsumer<AgreementExpiringConsumer>().Endpoint(e => e.Name = AgreementExpiringConsumer.Endpoint);
            bus.AddConsumer<CommentRoundOverdueConsumer>().Endpoint(e => e.Name = CommentRoundOverdueConsumer.Endpoint);
            bus.AddConsumer<MatchingShortfallDetectedConsumer>().Endpoint(e => e.Name = MatchingShortfallDetectedConsumer.Endpoint);
            bus.AddConsumer<LedgerOverdueConsumer>().Endpoint(e => e.Name = LedgerOverdueConsumer.Endpoint);
            bus.AddConsumer<AnnualReportOverdueConsumer>().Endpoint(e => e.Name = AnnualReportOverdueConsumer.Endpoint);
            bus.AddConsumer<ObligationOverdueConsumer>().Endpoint(e => e.Name = ObligationOverdueConsumer.Endpoint);
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddWebhooks();
        builder.Services.AddScoped<NotificationsService>();
        return builder;
    }

    public static WebApplication MapNotifications(this WebApplication app)
    {
        app.MapGrpcService<NotificationsService>();
        return app;
    }
}
