using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Identity;

public static class PlatformAuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication against the platform's public keys (Auth__PublicKeys, read now so a
    /// missing or bad key set stops the host at start). Claims keep api.md's short names (sub, role,
    /// region, ...). Registers <see cref="PlatformAuthOptions"/>; nothing here can sign.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = PlatformAuthOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => ValidatedTokenCache.ForJsonWebTokens(services.GetRequiredService<TimeProvider>()));
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                // Without this the handler renames "role" to the long SOAP claim URI and so on.
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = PlatformTokenValidation.Parameters(options);
                jwt.Events = new JwtBearerEvents { OnTokenValidated = PlatformTokenValidation.RequireClaims };
            });
        // Each token's signature is checked once per host, not once per request.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<ValidatedTokenCache>((jwt, cache) =>
            {
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(cache);
            });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>
    /// The signer's part (the gateway only, after <see cref="AddPlatformAuthentication"/>): reads
    /// Auth__SigningKey and registers <see cref="PlatformTokenIssuer"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformTokenIssuer(this IHostApplicationBuilder builder)
    {
        var validation = PlatformAuthOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(PlatformSigningOptions.FromConfiguration(builder.Configuration, validation));
        builder.Services.AddSingleton<PlatformTokenIssuer>();
        return builder;
    }

    /// <summary>
    /// A service validates and never signs (decision 011): given the private key it refuses to
    /// start, so the key that mints a director's token lives on one host only.
    /// </summary>
    public static IHostApplicationBuilder RefuseSigningKey(this IHostApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[ConfigKeys.SigningKey]))
        {
            throw new InvalidConfigurationException(
                ConfigKeys.AsEnvironmentVariable(ConfigKeys.SigningKey), "***", "unset on a service: only the gateway signs tokens; services get Auth__PublicKeys");
        }

        return builder;
    }
}
