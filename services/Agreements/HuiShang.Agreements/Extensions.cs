using HuiShang.Agreements.Consumers;
using HuiShang.Agreements.Data;
using HuiShang.Agreements.Domain;
using HuiShang.Agreements.Grpc;
using HuiShang.Agreements.Scanning;
using HuiShang.Contracts;
using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuiShang.Agreements;

/// <summary>The Agreements service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddAgreements(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AgreementsDbContext, SqliteAgreementsDbContext, PostgresAgreementsDbContext>(Resources.Agreements);
        builder.AddMessaging<AgreementsDbContext>(bus =>
            bus.AddConsumer<ProposalSelectedConsumer>().Endpoint(e => e.Name = ProposalSelectedConsumer.Endpoint));
        builder.Services.AddPolicies(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The date the agreement rules run on; its own key so tests can move it without touching token lifetimes.
        builder.Services.TryAddKeyedSingleton(AgreementsClock.Key, TimeProvider.System);
        builder.Services.AddOptions<AgreementsOptions>()
            .Bind(builder.Configuration.GetSection(AgreementsOptions.Section))
            .Validate(o => o.ScanInterval > TimeSpan.Zero && o.ExpiryNoticeDays >= 0, "Agreements:ScanInterval must be positive and Agreements:ExpiryNoticeDays not negative.")
            .ValidateOnStart();
        builder.Services.AddScoped<AgreementsService>();
        builder.Services.AddScoped<DeadlineScanner>();
        builder.Services.AddHostedService<DeadlineScanWorker>();
        return builder;
    }

    public static WebApplication MapAgreements(this WebApplication app)
    {
        app.MapGrpcService<AgreementsService>();
        return app;
    }
}
