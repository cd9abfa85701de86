using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Policies;

public static class PolicyServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates every profile now, so a bad or missing profile stops the service at start
    /// instead of failing the first decision; registers the <see cref="PolicyCatalog"/> singleton.
    /// </summary>
    public static IServiceCollection AddPolicies(this IServiceCollection services, IConfiguration configuration)
    {
        var catalog = PolicyCatalog.LoadDirectory(PolicyDirectory.Resolve(configuration));
        services.AddSingleton(catalog);
        return services;
    }
}
