using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HuiShang.Gateway.OpenApi;

/// <summary>
/// Declares the bearer scheme and marks every operation that needs a token, so generated
/// clients and API explorers send the Authorization header.
/// </summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A platform JWT (claims sub, name, role, region, jurisdiction). In the local demo (Auth__DevTokens__Enabled, from this machine): POST /api/auth/dev-token.",
        };

        var anonymous = context.DescriptionGroups
            .SelectMany(group => group.Items)
            .Where(api => api.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            .Select(api => "/" + api.RelativePath?.TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        foreach (var (path, item) in document.Paths)
        {
            if (anonymous.Contains(path))
            {
                continue;
            }

            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Security ??= [];
                operation.Security.Add(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
