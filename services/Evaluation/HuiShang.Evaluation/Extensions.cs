using HuiShang.Contracts;
using HuiShang.Evaluation.Consumers;
using HuiShang.Evaluation.Data;
using HuiShang.Evaluation.Domain;
using HuiShang.Evaluation.Grpc;
using HuiShang.Evaluation.Scanning;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceDefaults.Idempotency;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuiShang.Evaluation;

/// <summary>The Evaluation service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EvaluationDbContext, SqliteEvaluationDbContext, PostgresEvaluationDbContext>(Resources.Evaluation);
        builder.AddMessaging<EvaluationDbContext>(bus =>
            bus.AddConsumer<AgreementSignedConsumer>().Endpoint(e => e.Name = AgreementSignedConsumer.Endpoint));
        builder.Services.AddPolicies(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The date the tracking rules use; its own key so tests can move it without touching token lifetimes.
        builder.Services.TryAddKeyedSingleton(EvaluationClock.Key, TimeProvider.System);
        builder.Services.AddIdempotentCalls();
        builder.Services.AddOptions<EvaluationOptions>()
            .Bind(builder.Configuration.GetSection(EvaluationOptions.Section))
            .Validate(o => o.ScanInterval > TimeSpan.Zero, "Evaluation:ScanInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<TrackingService>();
        builder.Services.AddScoped<OverdueScanner>();
        builder.Services.AddHostedService<OverdueScanWorker>();
        return builder;
    }

    public static WebApplication MapEvaluation(this WebApplication app)
    {
        app.MapGrpcService<TrackingService>();
        return app;
    }
}
