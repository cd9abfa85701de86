using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HuiShang.ServiceDefaults.Data;

/// <summary>
/// A save refused by a unique index or primary key: another request stored the same row first
/// (two planners opening one year, version n+1 written twice). Read from the provider's own error,
/// the one place that knows both providers; other constraints (foreign key, NOT NULL, CHECK) are
/// defects and stay internal errors.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException exception) => exception is not DbUpdateConcurrencyException && exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
