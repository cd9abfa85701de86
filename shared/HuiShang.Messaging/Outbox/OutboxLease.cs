using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// One dispatcher at a time per outbox table. On PostgreSQL (several replicas share one database)
/// each batch runs in a transaction holding pg_try_advisory_xact_lock: a replica that does not get
/// it skips the round. Chosen over FOR UPDATE SKIP LOCKED because SKIP LOCKED lets replicas publish
/// different rows at once, which breaks the publish order; the lock keeps order and avoids
/// duplicates, and dies with the connection if the holder crashes. SQLite is one file owned by one
/// process: no lease, and no transaction held across publishes (it would block the service's writes).
/// </summary>
internal sealed class OutboxLease : IAsyncDisposable
{
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private readonly IDbContextTransaction? _transaction;

    private OutboxLease(IDbContextTransaction? transaction, bool acquired)
    {
        _transaction = transaction;
        Acquired = acquired;
    }

    public bool Acquired { get; }

    public static async Task<OutboxLease> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName != PostgresProvider)
        {
            return new OutboxLease(null, acquired: true);
        }
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = LockKey(db);
        var result = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({key}) AS \"Value\"")
            .ToListAsync(cancellationToken);
        return new OutboxLease(transaction, result[0]);
    }

    public Task CommitAsync() => _transaction?.CommitAsync(CancellationToken.None) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;

    // Stable across processes (string.GetHashCode is randomised per process): FNV-1a of the
    // schema-qualified table, so two services sharing a database in different schemas do not contend.
    private static long LockKey(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no outbox: call modelBuilder.AddOutboxAndInbox() in OnModelCreating.");
        var name = $"{entity.GetSchema() ?? entity.GetDefaultSchema() ?? "public"}.{entity.GetTableName()}";
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }
}
