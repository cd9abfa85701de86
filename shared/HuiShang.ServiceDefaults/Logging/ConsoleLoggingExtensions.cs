using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuiShang.ServiceDefaults.Logging;

public static class ConsoleLoggingExtensions
{
    // Defaults as the lowest-priority configuration source, so appsettings or Logging__LogLevel__*
    // still override them; not in appsettings.json, which is missed when the working directory is
    // not the app's. EF logs every SQL command at Information: too loud for five services at once.
    private static readonly Dictionary<string, string?> DefaultLevels = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
    };

    /// <summary>
    /// One line per entry with a UTC timestamp: the AppHost interleaves five services' output with
    /// name prefixes, and multi-line entries would tear apart.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleLogging(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration is IConfigurationBuilder configuration)
        {
            configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DefaultLevels });
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        return builder;
    }
}
