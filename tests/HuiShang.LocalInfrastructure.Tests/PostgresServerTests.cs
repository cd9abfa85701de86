using Npgsql;

namespace HuiShang.LocalInfrastructure.Tests;

public sealed class PostgresServerTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Created_database_stores_and_returns_rows()
    {
        await fixture.Server.CreateDatabaseAsync("proposals_test");
        await using var connection = new NpgsqlConnection(fixture.Server.ConnectionString("proposals_test"));
        await connection.OpenAsync();

        await Execute(connection, "CREATE TABLE proposals (id int PRIMARY KEY, title text NOT NULL)");
        await Execute(connection, "INSERT INTO proposals VALUES (1, '新材料联合攻关'), (2, 'Smart grid')");
        await using var select = new NpgsqlCommand("SELECT current_database(), string_agg(title, '|' ORDER BY id) FROM proposals", connection);
        await using var reader = await select.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal("proposals_test", reader.GetString(0));
        Assert.Equal("新材料联合攻关|Smart grid", reader.GetString(1));
    }

    [Fact]
    public async Task Server_listens_on_loopback_only_with_its_socket_in_the_run_directory()
    {
        await using var connection = new NpgsqlConnection(fixture.Server.ConnectionString());
        await connection.OpenAsync();

        Assert.Equal("127.0.0.1", await Scalar(connection, "SHOW listen_addresses"));
        Assert.Equal(fixture.Server.RunDirectory, await Scalar(connection, "SHOW unix_socket_directories"));
        Assert.Equal(fixture.Server.DataDirectory, await Scalar(connection, "SHOW data_directory"));
    }

    [Fact]
    public async Task Creating_an_existing_database_fails_with_the_servers_reason()
    {
        await fixture.Server.CreateDatabaseAsync("twice");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Server.CreateDatabaseAsync("twice"));

        Assert.Contains("already exists", failure.Message);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
