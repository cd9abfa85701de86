using HuiShang.Contracts;
using HuiShang.Messaging;
using HuiShang.Funding.Data;
using HuiShang.ServiceDefaults.Data;

namespace HuiShang.Funding;

/// <summary>The Funding service's own wiring, shared by Program.cs and the tests that host it in-process.</summary>
public static class Extensions
{
    public static WebApplicationBuilder AddFunding(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext, SqliteFundingDbContext, PostgresFundingDbContext>(Resources.Funding);
        builder.AddMessaging<FundingDbContext>();
        return builder;
    }
}
