namespace HuiShang.Gateway.OpenApi;

internal static class OpenApiSetup
{
    /// <summary>The contract of api.md as served at /openapi/v1.json.</summary>
    public static IServiceCollection AddGatewayOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "HuiShang gateway";
                document.Info.Description = "REST API of the province–city S&T consultation platform. Errors are RFC 9457 problem details with type https://huishang.dev/problems/<slug>.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
        });
}
