using Microsoft.Data.Sqlite;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Looks into a service's SQLite file directly, past EF, to see what a step really did.</summary>
public static class SqliteFile
{
    /// <summary>The tables in the file; none when there is no file (opening read-only never creates one).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(string path) =>
        File.Exists(path) ? await QueryAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") : [];

    public static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(string path) =>
        await QueryAsync(path, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId");

    private static async Task<IReadOnlyList<string>> QueryAsync(string path, string sql)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
