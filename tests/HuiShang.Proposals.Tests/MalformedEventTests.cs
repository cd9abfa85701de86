using HuiShang.Contracts.Events;
using HuiShang.Messaging;
using HuiShang.Proposals.Data;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Proposals.Tests;

/// <summary>A JointProjectStatusChanged that breaks its contract is refused by name and changes nothing.</summary>
public sealed class MalformedEventTests
{
    [Theory]
    [InlineData("", "new-energy", "RegionCode is missing or too long.")]
    [InlineData("450100", "", "Field is missing or too long.")]
    [InlineData("4501004501004501", "new-energy", "RegionCode is missing or too long.")]
    public async Task GX_21_malformed_project_event_faults_with_its_reason_and_stores_nothing(string region, string field, string reason)
    {
        await using var host = await ProposalsHost.StartAsync();
        var faults = await PublishedEvents<Fault<JointProjectStatusChanged>>.ConnectAsync(host.Services);

        await host.Services.GetRequiredService<IBus>().Publish(
            new JointProjectStatusChanged(Guid.NewGuid(), region, field, "动力电池回收示范", "InProgress", true, DateTimeOffset.UtcNow));

        var received = await Eventually.GetAsync(() => Task.FromResult(faults.Received), f => f.Count > 0);
        var exception = Assert.Single(Assert.Single(received).Message.Exceptions);
        Assert.Equal(typeof(MessageRejectedException).FullName, exception.ExceptionType);
        Assert.Equal(reason, exception.Message);
        Assert.Equal(0, await host.QueryAsync<ProposalsDbContext, int>(db => db.UnfinishedProjects.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(0, await host.QueryAsync<ProposalsDbContext, int>(db => db.Set<InboxMessage>().CountAsync()));
    }
}
