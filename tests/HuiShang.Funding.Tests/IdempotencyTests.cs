using HuiShang.Contracts.Events;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Data;
using Grpc.Core;
using HuiShang.ServiceDefaults.Idempotency;
using Google.Protobuf;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>
/// Idempotency-Key (api.md): a retried registration or disbursement with the caller's key is answered
/// with the first answer and changes nothing more, even when the copies race.
/// </summary>
public sealed class IdempotencyTests
{
    [Fact]
    public async Task GX18_same_key_twice_registers_one_project_and_commits_its_upper_support_once()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        // 12,000,000 twice would exceed the 20,000,000 cap: a retry that ran again would be refused.
        var request = Request(agreement, "12000000.00");

        var first = await host.RegisterKeyedAsync(Users.NanningBureau, "retry-1", request);
        var second = await host.RegisterKeyedAsync(Users.NanningBureau, "retry-1", request);

        Assert.Equal(first, second);
        Assert.Equal(1, await host.CountProjectsAsync());
        Assert.Equal(12_000_000m, (await host.EnvelopeRowAsync(agreement)).Committed);
        Assert.Single(await host.EventNamesAsync(), nameof(ProjectRegistered));
        Assert.Equal(1, await host.CountIdempotentResponsesAsync());
    }

    [Fact]
    public async Task GX18_same_key_with_another_body_is_refused_and_nothing_is_stored()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        await host.RegisterKeyedAsync(Users.NanningBureau, "k", Request(agreement, "1000000.00"));

        var refused = await RefusedAsync(() => host.RegisterKeyedAsync(Users.NanningBureau, "k", Request(agreement, "2000000.00")));

        AssertProblem(refused, StatusCode.FailedPrecondition, IdempotentCalls.ReusedProblemType);
        Assert.Equal(1, await host.CountProjectsAsync());
        Assert.Equal(1_000_000m, (await host.EnvelopeRowAsync(agreement)).Committed);
        Assert.Equal(1, await host.CountIdempotentResponsesAsync());
    }

    [Fact]
    public async Task GX18_without_a_key_each_request_registers_a_project()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");

        var first = await host.RegisterAsync(Users.NanningBureau, Request(agreement, "1000000.00"));
        var second = await host.RegisterAsync(Users.NanningBureau, Request(agreement, "1000000.00"));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2_000_000m, (await host.EnvelopeRowAsync(agreement)).Committed);
        Assert.Equal(0, await host.CountIdempotentResponsesAsync());
    }

    [Fact]
    public async Task Keys_are_the_callers_own_two_callers_with_the_same_key_are_independent()
    {
        await using var host = await FundingHost.StartAsync();
        var nanning = await host.SignAsync(Users.Nanning, "450000", "Key");
        var liuzhou = await host.SignAsync("450200", "450000", "General");

        var a = await host.RegisterKeyedAsync(Users.NanningBureau, "shared-key", Request(nanning, "1000000.00"));
        var b = await host.RegisterKeyedAsync(Users.LiuzhouBureau, "shared-key", Request(liuzhou, "1000000.00"));

        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(2, await host.CountProjectsAsync());
        Assert.Equal(2, await host.CountIdempotentResponsesAsync());
    }

    [Fact]
    public async Task GX18_identical_keyed_requests_in_parallel_register_one_project_and_all_get_its_id()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        var request = Request(agreement, "12000000.00");
        using var start = new SemaphoreSlim(0);
        var copies = Enumerable.Range(0, 6).Select(async _ =>
        {
            await start.WaitAsync();
            return await host.RegisterKeyedAsync(Users.NanningBureau, "parallel", request);
        }).ToList();
        start.Release(copies.Count);

        var answers = await Task.WhenAll(copies);

        Assert.Single(answers.Select(p => p.Id).Distinct());
        Assert.Equal(1, await host.CountProjectsAsync());
        Assert.Equal(12_000_000m, (await host.EnvelopeRowAsync(agreement)).Committed);
        Assert.Single(await host.EventNamesAsync(), nameof(ProjectRegistered));
        Assert.Equal(1, await host.CountIdempotentResponsesAsync());
    }

    /// <summary>
    /// The race the unique (subject, key) index settles: another replica commits the same keyed request
    /// after this one looked for it and before it saves. This save then fails on the index, rolls back
    /// whole (no second project, nothing reserved) and answers with the other replica's reply.
    /// </summary>
    [Fact]
    public async Task GX18_losing_the_race_on_the_key_rolls_back_and_answers_with_the_winners_reply()
    {
        var winner = new Project { Id = Guid.NewGuid().ToString(), Title = "the winner's reply" };
        var other = new CommitsTheSameKeyFirst(winner);
        await using var host = await FundingHost.StartAsync(services: s =>
            s.ConfigureDbContext<SqliteFundingDbContext>((_, o) => o.AddInterceptors(other)));
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");

        var answer = await host.RegisterKeyedAsync(Users.NanningBureau, "race", Request(agreement, "12000000.00"));

        Assert.True(other.Fired);
        Assert.Equal(winner, answer);
        Assert.Equal(0, await host.CountProjectsAsync());
        Assert.Equal(0m, (await host.EnvelopeRowAsync(agreement)).Committed);
        Assert.DoesNotContain(nameof(ProjectRegistered), await host.EventNamesAsync());
        Assert.Equal(1, await host.CountIdempotentResponsesAsync());
    }

    [Fact]
    public async Task XJ42_a_replayed_disbursement_is_counted_once()
    {
        await using var host = await FundingHost.StartAsync();
        var project = await host.ApprovedTianshanAsync();
        var request = new RecordDisbursementRequest { ProjectId = project.Id, Source = "upper", Kind = "arrived", Amount = Wire.Yuan("1000000.00") };

        var first = await host.Channel.UnaryAsync(FundingApi.Record, request, host.As(Users.XinjiangPlanning).WithIdempotencyKey("pay-1"));
        var second = await host.Channel.UnaryAsync(FundingApi.Record, request, host.As(Users.XinjiangPlanning).WithIdempotencyKey("pay-1"));

        Assert.Equal(first, second);
        Assert.Equal("1000000.00", second.Source("upper").Arrived.Text());
        Assert.Equal(1, await host.QueryAsync<FundingDbContext, int>(db => db.Disbursements.CountAsync()));
        Assert.Single(await host.EventNamesAsync(), nameof(FundsDisbursed));
    }
}

internal static class IdempotencySteps
{
    public static CallOptions WithIdempotencyKey(this CallOptions options, string key)
    {
        options.Headers!.Add(IdempotentCalls.MetadataKey, key);
        return options;
    }

    public static Task<Project> RegisterKeyedAsync(this ServiceHost host, string user, string key, RegisterProjectRequest request) =>
        host.Channel.UnaryAsync(FundingApi.Register, request, host.As(user).WithIdempotencyKey(key));

    public static Task<int> CountIdempotentResponsesAsync(this ServiceHost host) =>
        host.QueryAsync<FundingDbContext, int>(db => db.Set<IdempotentResponse>().CountAsync());
}

/// <summary>Plays the other replica: just before the first keyed save, commits a record for the same key and request.</summary>
internal sealed class CommitsTheSameKeyFirst(Project reply) : SaveChangesInterceptor
{
    private int _fired;

    public bool Fired => _fired == 1;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context!;
        var staged = db.ChangeTracker.Entries<IdempotentResponse>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).FirstOrDefault();
        if (staged is not null && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            var bytes = reply.ToByteArray();
            // Its own statement, committed before this SaveChanges opens its transaction.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO idempotent_responses (subject, key, method, request_hash, response_type, response_bytes, created_at)
                VALUES ({staged.Subject}, {staged.Key}, {staged.Method}, {staged.RequestHash}, {staged.ResponseType}, {bytes}, {DateTime.UtcNow})
                """, cancellationToken);
        }

        return result;
    }
}
