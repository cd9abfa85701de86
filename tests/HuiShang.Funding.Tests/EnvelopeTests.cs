using HuiShang.Funding.Data;
using Grpc.Core;
using HuiShang.Messaging;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HuiShang.Funding.Tests.Scenario;

namespace HuiShang.Funding.Tests;

/// <summary>Envelopes opened from AgreementSigned with the GX-18 cap of the profile in force on the signing date.</summary>
public sealed class EnvelopeTests
{
    [Theory]
    [InlineData("Key", "20000000.00")]
    [InlineData("General", "10000000.00")]
    [InlineData("Extra", "10000000.00")]
    public async Task GX18_cap_by_tier_from_the_profile_in_force_on_signing(string tier, string cap)
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", tier);

        var envelope = await host.EnvelopeAsync(Users.NanningBureau, agreement);

        Assert.Equal((cap, "0.00", cap, "GX-18", "gx/2019-01-01"), (envelope.Cap.Text(), envelope.Committed.Text(), envelope.Remaining.Text(), envelope.CapRuleId, envelope.PolicyVersion));
        Assert.Equal((tier, "2025-05-20", 0), (envelope.Tier, envelope.SignedOn.Text(), envelope.ProjectCount));
        var row = await host.EnvelopeRowAsync(agreement);
        Assert.Equal("new-energy", Assert.Single(row.Items).Field);
    }

    [Fact]
    public async Task GX18_a_profile_without_caps_opens_an_envelope_without_cap()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");

        var envelope = await host.EnvelopeAsync(Users.UrumqiBureau, agreement);

        Assert.Equal(("", "", "", "xj/2023-04-23"), (envelope.Cap.Text(), envelope.Remaining.Text(), envelope.CapRuleId, envelope.PolicyVersion));
        Assert.Contains("not applied", (await host.EnvelopeRowAsync(agreement)).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GX18_no_policy_in_force_on_signing_still_opens_the_envelope_and_says_why()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000", signedOn: new DateOnly(2026, 1, 5));

        var row = await host.EnvelopeRowAsync(agreement);

        Assert.Null(row.Cap);
        Assert.Null(row.PolicyVersion);
        Assert.Contains("No policy in force for jurisdiction 650000 on 2026-01-05", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GX18_redelivered_and_repeated_signatures_keep_one_envelope()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Nanning, "450000", "Key");
        await host.RegisterAsync(Users.NanningBureau, agreement, "1000000.00");

        // A second AgreementSigned for the same agreement (another message id) must not reset the committed sum.
        await host.Services.GetRequiredService<IBus>().Publish(FundingHost.Signed(agreement, Users.Nanning, "450000", "General", new DateOnly(2025, 5, 21)));
        await Eventually.GetAsync(() => host.QueryAsync<FundingDbContext, int>(db => db.Set<InboxMessage>().CountAsync()), n => n == 2);

        var envelope = await host.EnvelopeAsync(Users.NanningBureau, agreement);
        Assert.Equal(("20000000.00", "1000000.00", 1), (envelope.Cap.Text(), envelope.Committed.Text(), envelope.ProjectCount));
        Assert.Equal(1, await host.QueryAsync<FundingDbContext, int>(db => db.Envelopes.CountAsync()));
    }

    [Fact]
    public async Task GX18_malformed_agreement_signed_is_rejected_and_stores_nothing()
    {
        await using var host = await FundingHost.StartAsync();
        var faults = await PublishedEvents<Fault<Contracts.Events.AgreementSigned>>.ConnectAsync(host.Services);

        await host.Services.GetRequiredService<IBus>().Publish(FundingHost.Signed(Guid.NewGuid(), Users.Nanning, "450000", "Platinum", new DateOnly(2025, 5, 20)));

        var received = await Eventually.GetAsync(() => Task.FromResult(faults.Received), f => f.Count > 0);
        Assert.Equal("Tier is not one of Key, General, Extra.", Assert.Single(Assert.Single(received).Message.Exceptions).Message);
        Assert.Equal(0, await host.QueryAsync<FundingDbContext, int>(db => db.Envelopes.CountAsync()));
    }

    [Fact]
    public async Task GX18_envelope_tenancy_province_city_and_its_districts_only()
    {
        await using var host = await FundingHost.StartAsync();
        var nanning = await host.SignAsync(Users.Nanning, "450000", "Key");
        var urumqi = await host.SignAsync(Users.Urumqi, "650000");

        foreach (var user in new[] { Users.GuangxiPlanning, Users.GuangxiDirector, Users.GuangxiExpert, Users.NanningBureau, Users.NanningLeader })
        {
            Assert.Equal(nanning.ToString(), (await host.EnvelopeAsync(user, nanning)).AgreementId);
        }

        foreach (var user in new[] { Users.XinjiangPlanning, Users.UrumqiSystem, Users.Tianshan, Users.Ganquanbao })
        {
            Assert.Equal(urumqi.ToString(), (await host.EnvelopeAsync(user, urumqi)).AgreementId);
        }

        foreach (var (user, id) in new[] { (Users.LiuzhouBureau, nanning), (Users.HebeiPlanning, nanning), (Users.Tianshan, nanning), ("expert.1@650000", nanning), (Users.Admin, nanning), (Users.NanningBureau, urumqi) })
        {
            var error = await RefusedAsync(() => host.EnvelopeAsync(user, id));
            Assert.Equal(StatusCode.NotFound, error.StatusCode);
        }

        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => host.EnvelopeAsync(Users.NanningBureau, Guid.NewGuid()))).StatusCode);
    }
}
