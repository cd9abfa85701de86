using System.Linq.Expressions;
using HuiShang.Contracts.Common.V1;
using HuiShang.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Paging;

/// <summary>
/// Keyset paging in the database: ordered by a unique key (ids are UUIDv7, so creation order; a
/// history entry's id is its sequence), filtered after the cursor's key, one item more than the page
/// to know whether another page follows. Stable under inserts, unlike an offset.
/// </summary>
public static class Pages
{
    public static Task<(List<T> Items, PageReply Reply)> PageAsync<T, TKey>(
        this IQueryable<T> query, Expression<Func<T, TKey>> key, PageQuery page, bool descending, CancellationToken cancellationToken)
        where TKey : IParsable<TKey> =>
        query.PageAsync(key, item => item, key.Compile(), page, descending, cancellationToken);

    /// <summary>The same, reading only <paramref name="select"/> of each row (e.g. a summary without the long texts).</summary>
    public static async Task<(List<TResult> Items, PageReply Reply)> PageAsync<T, TKey, TResult>(
        this IQueryable<T> query, Expression<Func<T, TKey>> key, Expression<Func<T, TResult>> select, Func<TResult, TKey> keyOf,
        PageQuery page, bool descending, CancellationToken cancellationToken)
        where TKey : IParsable<TKey>
    {
        if (page.AfterKey is { } text)
        {
            if (!TKey.TryParse(text, null, out var after))
            {
                throw ServiceProblems.Validation("The page request is not valid.", [new("cursor", PageQuery.NotACursor)]);
            }

            // A captured value (not a constant) so that EF sends a parameter and caches one query plan.
            var bound = Expression.Property(Expression.Constant(new Box<TKey>(after)), nameof(Box<TKey>.Value));
            var compare = descending ? Expression.LessThan(key.Body, bound) : Expression.GreaterThan(key.Body, bound);
            query = query.Where(Expression.Lambda<Func<T, bool>>(compare, key.Parameters));
        }

        var ordered = descending ? query.OrderByDescending(key) : query.OrderBy(key);
        var items = await ordered.Take(page.Size + 1).Select(select).ToListAsync(cancellationToken);
        var reply = new PageReply();
        if (items.Count > page.Size)
        {
            items.RemoveAt(page.Size);
            reply.NextPageToken = page.CursorAfter(keyOf(items[^1])!.ToString()!);
        }

        return (items, reply);
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
