using Aspire.Hosting.ApplicationModel;
using HuiShang.Hosting;
using Npgsql;

namespace HuiShang.ServiceTesting.Infrastructure;

/// <summary>A private PostgreSQL for a test class, defined as the AppHost defines it (AddLocalPostgres).</summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private const string Name = "postgres";

    private readonly TestApplication _application;
    private readonly string _server;

    private TestPostgres(TestApplication application, string server)
    {
        _application = application;
        _server = server;
    }

    public static async Task<TestPostgres> StartAsync()
    {
        // Under /tmp: postgres runs as its own OS user and must be able to reach its data folder.
        var directory = new TestDirectory();
        var builder = TestApplication.CreateBuilder();
        var postgres = builder.AddLocalPostgres(Name, directory.File(Name));
        var application = await TestApplication.StartAsync(builder, directory, Name);
        var server = await postgres.ConnectionString("postgres").GetValueAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("The database server has no address.");
        return new TestPostgres(application, server);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(_server) { Database = database }.ConnectionString;

    /// <summary>A new empty database (names are the test's own: letters, digits and underscores).</summary>
    public async Task<string> CreateDatabaseAsync(string database)
    {
        if (!database.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException("Letters, digits and underscores only.", nameof(database));
        }

        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(database);
    }

    public ValueTask DisposeAsync() => _application.DisposeAsync();
}
