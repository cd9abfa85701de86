using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Idempotency;

/// <summary>
/// api.md "Writes that may be retried accept an Idempotency-Key": the gateway forwards the header as
/// <c>idempotency-key</c> metadata; a handler replays the first answer (<see cref="ReplayAsync{T}"/>)
/// or does the work and <see cref="Record"/>s its answer before its one SaveChanges. The record lives in
/// the service's own database, so exactly-once holds across gateway and service replicas.
/// </summary>
public sealed class IdempotentCalls(TimeProvider time)
{
    public const string MetadataKey = "idempotency-key";
    public const string ReusedProblemType = "idempotency-key-reused";

    /// <summary>
    /// The caller's earlier answer to this very request, or null (no key, or first use). The same key
    /// with another request or method is refused: silently answering the first would hide a client bug.
    /// </summary>
    public async Task<T?> ReplayAsync<T>(DbContext db, ServerCallContext context, string method, IMessage request)
        where T : class, IMessage<T>, new()
    {
        if (KeyOf(context) is not { } key)
        {
            return null;
        }

        var subject = context.RequireCaller().Subject;
        var stored = await db.Set<IdempotentResponse>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Subject == subject && r.Key == key, context.CancellationToken);
        if (stored is null)
        {
            return null;
        }

        var expectedType = new T().Descriptor.FullName;
        if (stored.Method != method || stored.RequestHash != HashOf(request) || stored.ResponseType != expectedType)
        {
            throw ServiceProblems.WithType(StatusCode.FailedPrecondition, ReusedProblemType,
                $"Idempotency-Key '{key}' was already used for another request; send a new key for a new request.");
        }

        return new MessageParser<T>(() => new T()).ParseFrom(stored.ResponseBytes);
    }

    /// <summary>
    /// Stages the answer for the caller's SaveChanges (no key: nothing). A step run again after a lost
    /// race replaces what it staged before instead of adding a second record.
    /// </summary>
    public void Record(DbContext db, ServerCallContext context, string method, IMessage request, IMessage response)
    {
        if (KeyOf(context) is not { } key)
        {
            return;
        }

        var subject = context.RequireCaller().Subject;
        var staged = db.ChangeTracker.Entries<IdempotentResponse>()
            .Where(e => e.State == EntityState.Added && e.Entity.Subject == subject && e.Entity.Key == key)
            .ToList();
        foreach (var entry in staged)
        {
            entry.State = EntityState.Detached;
        }

        db.Set<IdempotentResponse>().Add(new IdempotentResponse
        {
            Subject = subject,
            Key = key,
            Method = method,
            RequestHash = HashOf(request),
            ResponseType = response.Descriptor.FullName,
            ResponseBytes = response.ToByteArray(),
            CreatedAt = time.GetUtcNow(),
        });
    }

    /// <summary>
    /// Replays, or runs <paramref name="work"/> (which records and saves). When two identical keyed
    /// requests race, the loser's SaveChanges breaks the unique (subject, key) index and rolls back
    /// whole; it then answers with the winner's stored reply instead of failing.
    /// </summary>
    public async Task<T> OnceAsync<T>(DbContext db, ServerCallContext context, string method, IMessage request, Func<Task<T>> work)
        where T : class, IMessage<T>, new()
    {
        if (await ReplayAsync<T>(db, context, method, request) is { } earlier)
        {
            return earlier;
        }

        try
        {
            return await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException && KeyOf(context) is not null)
        {
            // The identical request may have committed while this one ran: then this one lost a race (a
            // unique-index or concurrency failure) or was refused by a rule the winner's change now trips
            // (e.g. the cap it just reserved). Either way the winner's answer is the right one.
            db.ChangeTracker.Clear();
            if (await ReplayAsync<T>(db, context, method, request) is { } winner)
            {
                return winner;
            }

            if (ex is DbUpdateException and not DbUpdateConcurrencyException)
            {
                throw ServiceProblems.ConcurrencyConflict("The record was changed by someone else at the same moment; try again.");
            }

            throw; // A real refusal, or a concurrency conflict the caller's retry reads again.
        }
    }

    /// <summary>The forwarded key; one the gateway would have refused is refused here too.</summary>
    public static string? KeyOf(ServerCallContext context)
    {
        var key = context.RequestHeaders.GetValue(MetadataKey);
        if (key is null)
        {
            return null;
        }

        if (!IsValidKey(key))
        {
            throw ServiceProblems.Validation("The Idempotency-Key is not valid.",
                [new("Idempotency-Key", $"1 to {IdempotentResponse.MaxKeyLength} visible ASCII characters, no spaces.")]);
        }

        return key;
    }

    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= IdempotentResponse.MaxKeyLength && key.All(c => c is >= '\x21' and <= '\x7E');

    private static string HashOf(IMessage request) => Convert.ToHexStringLower(SHA256.HashData(request.ToByteArray()));
}
