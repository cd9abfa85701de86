using HuiShang.Contracts.Events;
using HuiShang.Funding.Data;
using HuiShang.Messaging;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Funding.Tests;

/// <summary>An AgreementSigned whose items do not fit the envelope is rejected by name (error queue), not retried into a crash.</summary>
public sealed class MalformedAgreementSignedTests
{
    private static readonly AgreedItemTerms Good = new("动力电池回收示范", "new-energy", "city", "南宁市科技局", ["南宁市工信局"], "张三", null);

    [Theory]
    [InlineData("null-item", "Items[0]: the item is missing.")]
    [InlineData("long-lead-unit", "Items[0]: LeadUnit is missing or too long.")]
    [InlineData("long-field", "Items[0]: Field is missing or too long.")]
    [InlineData("blank-title", "Items[0]: Title is missing or too long.")]
    [InlineData("null-person", "Items[0]: ResponsiblePerson is missing or too long.")]
    public async Task GX18_malformed_items_reject_the_event_and_open_no_envelope(string defect, string reason)
    {
        await using var host = await FundingHost.StartAsync();
        var faults = await PublishedEvents<Fault<AgreementSigned>>.ConnectAsync(host.Services);
        AgreedItemTerms? item = defect switch
        {
            "null-item" => null,
            "long-lead-unit" => Good with { LeadUnit = new string('科', 1001) },
            "long-field" => Good with { Field = new string('f', 65) },
            "blank-title" => Good with { Title = " " },
            _ => Good with { ResponsiblePerson = null! },
        };
        var signed = FundingHost.Signed(Guid.NewGuid(), Users.Nanning, "450000", "Key", new DateOnly(2025, 5, 20)) with { Items = [item!] };

        await host.Services.GetRequiredService<IBus>().Publish(signed);

        var received = await Eventually.GetAsync(() => Task.FromResult(faults.Received), f => f.Count > 0);
        var exception = Assert.Single(Assert.Single(received).Message.Exceptions);
        Assert.Equal(typeof(MessageRejectedException).FullName, exception.ExceptionType);
        Assert.Equal(reason, exception.Message);
        Assert.Equal(0, await host.QueryAsync<FundingDbContext, int>(db => db.Envelopes.CountAsync()));
    }
}
