using Microsoft.Extensions.Hosting;

namespace HuiShang.ServiceDefaults.Data;

internal static class SqliteDefaults
{
    /// <summary>Where embedded databases live when no connection string is given: one file per service.</summary>
    public const string DataDirectoryKey = "HUISHANG_DATA_DIR";

    public static string ConnectionString(IHostApplicationBuilder builder, string serviceName)
    {
        var directory = builder.Configuration[DataDirectoryKey] is { Length: > 0 } configured
            ? configured
            : builder.Environment.ContentRootPath;
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, serviceName + ".db")}";
    }
}
