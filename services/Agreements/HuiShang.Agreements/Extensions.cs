using HuiShang.Contracts;
using HuiShang.Messaging;
using HuiShang.Agreements.Data;
using HuiShang.ServiceDefaults.Data;

namespace HuiShang.Agreements;

/// <summary>The Agreements service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddAgreements(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AgreementsDbContext, SqliteAgreementsDbContext, PostgresAgreementsDbContext>(Resources.Agreements);
        builder.AddMessaging<AgreementsDbContext>();
        return builder;
    }
}
