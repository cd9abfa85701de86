using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>A SQLite file (not :memory:) so several connections see one database, as in a service.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory = Directory.CreateTempSubdirectory("huishang-messaging-").FullName;

    public override string Provider => "sqlite";

    public string ConnectionString => $"Data Source={Path.Combine(_directory, "test.db")}";

    public override void Configure(DbContextOptionsBuilder options) => options.UseSqlite(ConnectionString);

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var database = new SqliteTestDatabase();
        await database.EnsureCreatedAsync();
        return database;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
