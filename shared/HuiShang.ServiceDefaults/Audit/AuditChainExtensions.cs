using HuiShang.ServiceDefaults.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Audit;

public static class AuditChainExtensions
{
    /// <summary>
    /// What sealing history entries needs: the interceptor, the current call (for the client
    /// address) and which peers may forward one. Called by AddServiceDatabase, so every service
    /// database seals; one without audited records has nothing to seal.
    /// </summary>
    public static IHostApplicationBuilder AddAuditChain(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TrustedForwarders.FromConfiguration(builder.Configuration));
        builder.Services.TryAddSingleton<AuditChainInterceptor>();
        return builder;
    }
}
