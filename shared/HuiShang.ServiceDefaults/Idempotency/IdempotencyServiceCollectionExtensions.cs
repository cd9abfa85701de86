using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuiShang.ServiceDefaults.Idempotency;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IdempotentCalls"/>; the service's model needs AddIdempotentResponses().</summary>
    public static IServiceCollection AddIdempotentCalls(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IdempotentCalls>();
        return services;
    }
}
