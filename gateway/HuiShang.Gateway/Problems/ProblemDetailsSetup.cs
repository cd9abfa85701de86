using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace HuiShang.Gateway.Problems;

internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddGatewayProblemDetails(this IServiceCollection services)
    {
        // Registered before AddProblemDetails so it is asked first (the writers are tried in order).
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<GatewayExceptionHandler>();

        // Binding failures throw instead of leaving an empty 400, so the handler can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // "requestedSupport": "100" is a string, not a number: reject wrong types instead of
        // guessing (the web defaults would read numbers from strings).
        services.Configure<JsonOptions>(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services;
    }
}
