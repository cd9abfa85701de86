using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>A new database on the fixture's PostgreSQL server; dropped with the server.</summary>
public sealed class PostgresTestDatabase(string connectionString) : TestDatabase
{
    public override string Provider => "postgres";

    public string ConnectionString { get; } = connectionString;

    public override void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(ConnectionString);

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
