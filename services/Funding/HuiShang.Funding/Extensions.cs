using HuiShang.Contracts;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Consumers;
using HuiShang.Funding.Data;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Grpc;
using HuiShang.Funding.Scanning;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceDefaults.Idempotency;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuiShang.Funding;

/// <summary>The Funding service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddFunding(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext, SqliteFundingDbContext, PostgresFundingDbContext>(Resources.Funding);
        builder.AddMessaging<FundingDbContext>(bus =>
            bus.AddConsumer<AgreementSignedConsumer>().Endpoint(e => e.Name = AgreementSignedConsumer.Endpoint));
        builder.Services.AddPolicies(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The date the funding rules use; its own key so tests can move it without touching token lifetimes.
        builder.Services.TryAddKeyedSingleton(FundingClock.Key, TimeProvider.System);
        builder.Services.AddIdempotentCalls();
        builder.Services.AddScoped<FundingService>();
        builder.Services.AddSingleton<ShortfallScanner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ShortfallScanner>());
        return builder;
    }

    public static WebApplication MapFunding(this WebApplication app)
    {
        app.MapGrpcService<FundingService>();
        return app;
    }
}
