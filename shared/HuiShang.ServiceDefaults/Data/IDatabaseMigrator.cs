namespace HuiShang.ServiceDefaults.Data;

/// <summary>Applies a service database's committed migrations: the run-once step, never normal start-up.</summary>
public interface IDatabaseMigrator
{
    string Name { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}
