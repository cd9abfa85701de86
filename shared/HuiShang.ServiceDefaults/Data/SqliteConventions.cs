using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HuiShang.ServiceDefaults.Data;

public static class SqliteConventions
{
    /// <summary>
    /// SQLite refuses DateTimeOffset in WHERE and ORDER BY ("newest first" would throw): store
    /// instants as UTC DateTime text, which sorts and compares, as the outbox tables do. Call from
    /// a SQLite context's ConfigureConventions; PostgreSQL keeps timestamptz.
    /// </summary>
    public static ModelConfigurationBuilder UseSqliteConventions(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
        return configuration;
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
        value => value.UtcDateTime,
        value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
}
