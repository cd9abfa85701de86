using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Decision 002: two migration sets per service, both in step with the model.</summary>
public sealed class MigrationSetTests
{
    [Theory]
    [MemberData(nameof(PlatformServices.Names), MemberType = typeof(PlatformServices))]
    public void Both_providers_migrations_match_the_model(string service)
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            using var context = ProviderContexts.Create(service, provider);
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.False(context.Database.HasPendingModelChanges(), $"{service} on {provider}: the model has changes without a migration (services/add-migration.sh).");
        }
    }

    [Theory]
    [MemberData(nameof(PlatformServices.Names), MemberType = typeof(PlatformServices))]
    public void Each_provider_context_sees_only_its_own_migration_set(string service)
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            using var context = ProviderContexts.Create(service, provider);
            var migrations = context.GetService<IMigrationsAssembly>();

            Assert.All(migrations.Migrations.Values, type => Assert.EndsWith($".Migrations.{provider}", type.Namespace, StringComparison.Ordinal));
            Assert.EndsWith($".Migrations.{provider}", migrations.ModelSnapshot!.GetType().Namespace, StringComparison.Ordinal);
        }
    }
}
