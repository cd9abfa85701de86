using HuiShang.Contracts;
using HuiShang.Messaging;
using HuiShang.Evaluation.Data;
using HuiShang.ServiceDefaults.Data;

namespace HuiShang.Evaluation;

/// <summary>The Evaluation service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EvaluationDbContext, SqliteEvaluationDbContext, PostgresEvaluationDbContext>(Resources.Evaluation);
        builder.AddMessaging<EvaluationDbContext>();
        return builder;
    }
}
