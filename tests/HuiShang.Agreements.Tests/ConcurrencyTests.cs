using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;
using Agreement = HuiShang.Contracts.Agreements.V1.Agreement;
using AgreementVersion = HuiShang.Agreements.Domain.AgreementVersion;

namespace HuiShang.Agreements.Tests;

/// <summary>GX-15 "every revision is a new version": two editors of the same version cannot both win.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task GX15_two_simultaneous_versions_from_the_same_version_one_wins_the_other_is_ABORTED_concurrency_conflict()
    {
        var parties = Parties.Nanning;
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(parties);
        const int attempts = 5;

        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var requests = new[] { NextVersion(agreement, change: "甲"), NextVersion(agreement, change: "乙") };
            using var start = new Barrier(2);
            var calls = requests.Select(r => Task.Run(async () =>
            {
                start.SignalAndWait();
                try
                {
                    return (Agreement: await host.Channel.UnaryAsync(AgreementsApi.CreateVersion, r, host.As(parties.Planning)), Error: (RpcException?)null);
                }
                catch (RpcException ex)
                {
                    return (Agreement: (Agreement?)null, Error: ex);
                }
            })).ToList();
            var results = await Task.WhenAll(calls);

            var winner = Assert.Single(results, r => r.Agreement is not null).Agreement!;
            var loser = Assert.Single(results, r => r.Error is not null).Error!;
            AssertProblem(loser, StatusCode.Aborted, "concurrency-conflict");
            Assert.Equal(agreement.CurrentVersion.Number + 1, winner.CurrentVersion.Number);
            agreement = await host.GetAsync(agreement.Id, parties.Planning);
            Assert.Equal(winner.CurrentVersion.Text, agreement.CurrentVersion.Text);
        }

        // Nothing half-written: exactly one row per version and one history entry per saved version.
        Assert.Equal(1 + attempts, agreement.CurrentVersion.Number);
        Assert.Equal(1 + attempts, await host.CountAsync<AgreementVersion>());
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(parties.Planning));
        Assert.Equal(attempts, history.Entries.Count(e => e.Action == "create-version"));
        Assert.Equal(Enumerable.Range(2, attempts).Select(v => (long)v), history.Entries.Where(e => e.Action == "create-version").Select(e => e.Version));
    }

    [Fact]
    public async Task GX15_a_stale_expected_version_is_ABORTED_concurrency_conflict_and_stores_nothing()
    {
        var parties = Parties.Nanning;
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(parties);
        await host.CreateVersionAsync(parties, agreement);

        var stale = await RefusedAsync(() => host.CreateVersionAsync(parties, agreement));
        AssertProblem(stale, StatusCode.Aborted, "concurrency-conflict");
        Assert.Equal(2, await host.CountAsync<AgreementVersion>());
        Assert.Equal(1, await host.CountAsync<Domain.Agreement>());
    }
}
