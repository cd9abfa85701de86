using Grpc.Core;
using HuiShang.Contracts.Events;
using HuiShang.Proposals.Data;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Proposals.Tests;

/// <summary>GX-21 with Evaluation's agreed items: an unfinished item blocks its field like an unfinished project does.</summary>
public sealed class AgreedItemFieldBlockTests
{
    [Fact]
    public async Task GX_21_field_blocked_by_an_unfinished_agreed_item_until_it_is_completed()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var draft = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var item = Guid.NewGuid();
        var agreement = Guid.NewGuid();

        await PublishAndWaitAsync(host, new AgreedItemStatusChanged(item, agreement, "450100", "new-energy", "动力电池回收示范线建成", "Open", true, DateTimeOffset.UtcNow), 1);
        var error = await RefusedAsync(() => host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id));
        await PublishAndWaitAsync(host, new AgreedItemStatusChanged(item, agreement, "450100", "new-energy", "动力电池回收示范线建成", "Completed", false, DateTimeOffset.UtcNow.AddMinutes(1)), 0);

        AssertProblem(error, StatusCode.FailedPrecondition, "field-blocked", "GX-21");
        Assert.Contains("动力电池回收示范线建成", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("Submitted", (await host.SubmitAsync(ProposalsHost.NanningBureau, draft.Id)).Status);
    }

    [Fact]
    public async Task GX_21_an_item_agreed_without_a_field_blocks_nothing()
    {
        await using var host = await ProposalsHost.StartAsync();

        await host.Services.GetRequiredService<IBus>().Publish(new AgreedItemStatusChanged(Guid.NewGuid(), Guid.NewGuid(), "450100", "", "人才交流", "Open", true, DateTimeOffset.UtcNow));
        var applied = await Eventually.GetAsync(() => host.QueryAsync<ProposalsDbContext, int>(db => db.Set<HuiShang.Messaging.InboxMessage>().CountAsync()), c => c == 1);

        Assert.Equal(1, applied);
        Assert.Equal(0, await host.QueryAsync<ProposalsDbContext, int>(db => db.UnfinishedProjects.IgnoreQueryFilters().CountAsync()));
    }

    private static async Task PublishAndWaitAsync(ServiceHost host, AgreedItemStatusChanged message, int expected)
    {
        await host.Services.GetRequiredService<IBus>().Publish(message);
        var count = await Eventually.GetAsync(() => host.QueryAsync<ProposalsDbContext, int>(db => db.UnfinishedProjects.CountAsync()), c => c == expected);
        Assert.Equal(expected, count);
    }
}
