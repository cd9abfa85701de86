using Grpc.Core;
using HuiShang.Contracts.Common.V1;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace HuiShang.ServiceTesting;

/// <summary>
/// Issue 12 finding 7, the same steps for every service with a hash-chained history (decision 012):
/// the chain verifies, a row is changed behind the service's back with raw SQL, and VerifyHistory
/// names that row as the first broken link.
/// </summary>
public static class HistoryTampering
{
    public const string Admin = "admin@000000";

    public static Task<HistoryVerification> VerifyHistoryAsync(
        this ServiceHost host, Method<VerifyHistoryRequest, HistoryVerification> method, string recordId = "", string user = Admin) =>
        host.Channel.UnaryAsync(method, new VerifyHistoryRequest { RecordId = recordId }, host.As(user));

    /// <param name="history">The record's entries as its history RPC returns them (at least two).</param>
    public static async Task AssertReportedAsync<TContext>(
        ServiceHost host, Method<VerifyHistoryRequest, HistoryVerification> verify, string table, string recordId, IReadOnlyList<AuditEntry> history)
        where TContext : DbContext
    {
        Assert.True(history.Count >= 2, "the scenario must write at least two entries");
        Assert.All(history, e => Assert.StartsWith("v1:", e.Hash));
        Assert.Equal("", history[0].PreviousHash);
        Assert.Equal(history[0].Hash, history[1].PreviousHash);
        var before = await host.VerifyHistoryAsync(verify);
        Assert.Null(before.FirstBroken);
        Assert.True(before.CheckedCount >= history.Count);

        // What someone with database access would do: no service, no EF model, one UPDATE.
        var target = history[1];
        // The table name is the test's own constant, not input.
        var sql = "UPDATE " + table + " SET action = 'tampered' WHERE hash = {0}";
        var changed = await host.QueryAsync<TContext, int>(db => db.Database.ExecuteSqlRawAsync(sql, target.Hash));
        Assert.Equal(1, changed);

        foreach (var scope in new[] { "", recordId })
        {
            var after = await host.VerifyHistoryAsync(verify, scope);
            var broken = Assert.IsType<HistoryBrokenLink>(after.FirstBroken);
            Assert.Equal((recordId, 1, "content-changed"), (broken.RecordId, broken.EntryIndex, broken.Reason));
            Assert.Equal(target.Version, broken.Version);
            Assert.Equal(target.Hash, broken.Expected);
            Assert.NotEqual(target.Hash, broken.Actual);
        }
    }

    /// <summary>Only admins may verify: any other role is PERMISSION_DENIED.</summary>
    public static async Task AssertAdminOnlyAsync(ServiceHost host, Method<VerifyHistoryRequest, HistoryVerification> verify, string otherUser)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => host.VerifyHistoryAsync(verify, user: otherUser));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }
}
