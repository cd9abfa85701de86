using HuiShang.Contracts;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.Proposals.Consumers;
using HuiShang.Proposals.Data;
using HuiShang.Proposals.Domain;
using HuiShang.Proposals.Grpc;
using HuiShang.ServiceDefaults.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuiShang.Proposals;

/// <summary>The Proposals service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddProposals(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ProposalsDbContext, SqliteProposalsDbContext, PostgresProposalsDbContext>(Resources.Proposals);
        builder.AddMessaging<ProposalsDbContext>(bus =>
        {
            bus.AddConsumer<JointProjectStatusChangedConsumer>().Endpoint(e => e.Name = JointProjectStatusChangedConsumer.Endpoint);
            bus.AddConsumer<AgreedItemStatusChangedConsumer>().Endpoint(e => e.Name = AgreedItemStatusChangedConsumer.Endpoint);
            // HB-17: a signed framework turns the region's next selections into work meetings.
            bus.AddConsumer<AgreementSignedConsumer>().Endpoint(e => e.Name = AgreementSignedConsumer.Endpoint);
        });
        builder.Services.AddPolicies(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The date the intake rules run on; its own key so tests can move it without touching token lifetimes.
        builder.Services.TryAddKeyedSingleton(ProposalsClock.Key, TimeProvider.System);
        builder.Services.AddOptions<IntakeLimits>().Bind(builder.Configuration.GetSection(IntakeLimits.Section))
            .Validate(limits => limits.MaxOpenPerCall is >= 1 and <= 1000, $"{IntakeLimits.Section}:MaxOpenPerCall must be from 1 to 1000.")
            .ValidateOnStart();
        builder.Services.AddScoped<ProposalsService>();
        return builder;
    }

    public static WebApplication MapProposals(this WebApplication app)
    {
        app.MapGrpcService<ProposalsService>();
        return app;
    }
}
