using Grpc.Core;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.ServiceTesting.Infrastructure;

namespace HuiShang.Proposals.Tests;

/// <summary>
/// Issue 12, finding 2: two planners opening the same year at the same moment both pass the
/// "already exists?" check; the unique index refuses the slower insert. That refusal must reach the
/// caller as ALREADY_EXISTS already-exists (409 at the gateway), never as an internal error (502).
/// </summary>
public sealed class CallRaceTests
{
    [Fact]
    public async Task Concurrent_calls_for_one_year_give_one_call_and_already_exists_for_the_rest_on_sqlite()
    {
        await using var host = await ProposalsHost.StartAsync();

        await RaceAsync(host);
    }

    [Fact]
    public async Task Concurrent_calls_for_one_year_give_one_call_and_already_exists_for_the_rest_on_postgres()
    {
        await using var server = await TestPostgres.StartAsync();
        await using var host = await ProposalsHost.StartOnPostgresAsync(server);

        await RaceAsync(host);
    }

    /// <summary>Several years, many callers each: the check-then-insert window is hit on every run.</summary>
    private static async Task RaceAsync(ServiceHost host)
    {
        const int callers = 8;
        var planning = host.As(ProposalsHost.GuangxiPlanning);
        for (var year = 2030; year < 2035; year++)
        {
            var request = new CreateCallRequest { Year = year };
            var attempts = await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
            {
                try
                {
                    await host.Channel.UnaryAsync(ProposalsApi.CreateCall, request, planning);
                    return null;
                }
                catch (RpcException error)
                {
                    return error;
                }
            }));

            Assert.Single(attempts, a => a is null);
            Assert.All(attempts.OfType<RpcException>(), error => AssertProblem(error, StatusCode.AlreadyExists, "already-exists"));
        }

        var calls = await host.Channel.UnaryAsync(ProposalsApi.ListCalls, new ListCallsRequest(), planning);
        Assert.Equal(5, calls.Calls.Count(c => c.Year >= 2030));
    }
}
