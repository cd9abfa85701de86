using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults.Data;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Decision 002: migrations are a run-once step (`--migrate`), never part of a normal start.</summary>
public sealed class RunOrMigrateTests
{
    [Theory]
    [MemberData(nameof(PlatformServices.Names), MemberType = typeof(PlatformServices))]
    public async Task Migrate_applies_the_services_sqlite_migrations_and_returns_zero(string service)
    {
        using var directory = new TestDirectory();
        var app = ServiceApp.Build(service, directory.Path, PlatformServices.Add(service));

        var exitCode = await app.RunOrMigrateAsync(["--migrate"]);

        Assert.Equal(0, exitCode);
        using var context = ProviderContexts.Create(service, DatabaseProvider.Sqlite);
        var database = directory.File(service + ".db");
        Assert.Equal(context.Database.GetMigrations(), await SqliteFile.AppliedMigrationsAsync(database));
        Assert.Contains("outbox_messages", await SqliteFile.TablesAsync(database));
        Assert.Contains("inbox_messages", await SqliteFile.TablesAsync(database));
    }

    [Fact]
    public async Task The_real_program_with_migrate_applies_and_exits_without_serving()
    {
        using var directory = new TestDirectory();

        var result = await ServiceProgram.RunAsync("Proposals", ["--migrate"], ProcessEnvironment.For(directory.Path));

        Assert.True(result.ExitCode == 0, result.OutputText);
        Assert.DoesNotContain("Now listening", result.OutputText, StringComparison.Ordinal);
        Assert.Contains("proposals", await SqliteFile.TablesAsync(directory.File("proposals.db")));
    }

    [Fact]
    public async Task A_failed_migration_returns_non_zero()
    {
        using var directory = new TestDirectory();
        var unreachable = $"Data Source={directory.File("missing-dir/deeper/proposals.db")}";
        var app = ServiceApp.Build(Resources.Proposals, directory.Path, b => b.AddProposals(),
            settings: new Dictionary<string, string?> { [ConfigKeys.Database(Resources.Proposals)] = unreachable });

        Assert.Equal(1, await app.RunOrMigrateAsync(["--migrate"]));
    }
}
