using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Identity;

public static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication with the platform key (Auth__SigningKey, read now so a missing key
    /// stops the host at start). Claims keep api.md's short names (sub, role, region, ...).
    /// Registers <see cref="PlatformAuthOptions"/> and <see cref="PlatformTokenIssuer"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = PlatformAuthOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PlatformTokenIssuer>();
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                // Without this the handler renames "role" to the long SOAP claim URI and so on.
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = PlatformTokenValidation.Parameters(options);
                jwt.Events = new JwtBearerEvents { OnTokenValidated = PlatformTokenValidation.RequireClaims };
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
