using Grpc.Core;
using HuiShang.ServiceTesting.Infrastructure;

namespace HuiShang.Proposals.Tests;

/// <summary>
/// Issue 12 (3): a NUL in a title was stored on SQLite and a 502 on PostgreSQL; U+202E was stored on both.
/// Both databases must now refuse both characters the same way: INVALID_ARGUMENT naming the field, nothing stored.
/// </summary>
public sealed class UnsafeTextTests
{
    [Fact]
    public async Task A_title_with_a_nul_or_a_bidi_override_is_refused_by_field_on_sqlite()
    {
        await using var host = await ProposalsHost.StartAsync();

        await RefusedAsync(host);
    }

    [Fact]
    public async Task A_title_with_a_nul_or_a_bidi_override_is_refused_by_field_on_postgres()
    {
        await using var server = await TestPostgres.StartAsync();
        await using var host = await ProposalsHost.StartOnPostgresAsync(server);

        await RefusedAsync(host);
    }

    private static async Task RefusedAsync(ServiceHost host)
    {
        foreach (var character in new[] { "\u0000", "\u202E" })
        {
            var request = ProposalRequests.Valid();
            request.Title = $"南宁市{character}会商建议";

            var error = await Assert.ThrowsAsync<RpcException>(() =>
                host.Channel.UnaryAsync(ProposalsApi.Create, request, host.As(ProposalsHost.NanningBureau)));

            AssertProblem(error, StatusCode.InvalidArgument, "validation");
            Assert.Equal(["title"], Fields(error));
        }

        Assert.Equal(0, await host.CountProposalsAsync());
        Assert.Empty(await host.OutboxAsync());
    }
}
