using Microsoft.EntityFrameworkCore;

namespace HuiShang.Funding.Grpc;

/// <summary>
/// Optimistic concurrency for writes that touch a shared row (the envelope's committed sum, a project's
/// money): on a lost race the step is run again from a fresh read, so its rule (the GX-18 cap, the
/// plan's shares) is checked against what is really stored. After <see cref="Attempts"/> lost races the
/// DbUpdateConcurrencyException reaches ServiceProblems.Guard as concurrency-conflict.
/// </summary>
internal static class ConcurrentWrites
{
    public const int Attempts = 10;

    public static async Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Forget everything the lost attempt staged (project, history, outbox rows) and read again.
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 5 * attempt));
            }
        }
    }
}
