using HuiShang.Contracts;
using HuiShang.Contracts.Events;
using HuiShang.Funding.Data;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Scanning;
using HuiShang.Messaging;
using HuiShang.Policies;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Funding.Tests;

/// <summary>The Funding service in-process, composed as its Program.cs composes it, with the rule clock set.</summary>
internal static class FundingHost
{
    public static Task<ServiceHost> StartAsync(
        FakeClock? clock = null, string? policiesDirectory = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            // The scanner runs when a test says so, not on its own timer.
            [ShortfallScanner.IntervalKey] = "01:00:00",
        };
        if (policiesDirectory is not null)
        {
            all[PolicyDirectory.ConfigKey] = policiesDirectory;
        }

        return ServiceHost.StartAsync(Resources.Funding, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(FundingClock.Key, clock ?? FakeClock.MidYear());
            b.AddFunding();
            services?.Invoke(b.Services);
        }, a => a.MapFunding(), all);
    }

    /// <summary>Publishes AgreementSigned on the service's bus and waits until its consumer opened the envelope.</summary>
    public static async Task<Guid> SignAsync(this ServiceHost host, string region, string jurisdiction, string tier = "Key", DateOnly? signedOn = null, Guid? agreementId = null)
    {
        var id = agreementId ?? Guid.NewGuid();
        await host.Services.GetRequiredService<IBus>().Publish(Signed(id, region, jurisdiction, tier, signedOn ?? new DateOnly(2025, 5, 20)));
        var opened = await Eventually.GetAsync(() => host.QueryAsync<FundingDbContext, bool>(db => db.Envelopes.AnyAsync(e => e.AgreementId == id)), o => o);
        Assert.True(opened, "the envelope was not opened from AgreementSigned");
        return id;
    }

    public static AgreementSigned Signed(Guid id, string region, string jurisdiction, string tier, DateOnly signedOn) => new(
        id, Guid.NewGuid(), "round", null, region, jurisdiction, tier, signedOn.Year, 1,
        [new AgreedItemTerms("动力电池回收示范", "new-energy", "city", "南宁市科技局", ["南宁市工信局"], "张三", signedOn.AddYears(1))],
        signedOn, null, "province-director@" + jurisdiction, "city-leader@" + region, "", DateTimeOffset.UtcNow);

    public static Task<List<OutboxMessage>> OutboxAsync(this ServiceHost host) =>
        host.QueryAsync<FundingDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync());

    /// <summary>The short type names of the staged events, in commit order (e.g. "ProjectRegistered").</summary>
    public static async Task<List<string>> EventNamesAsync(this ServiceHost host) =>
        (await host.OutboxAsync()).Select(m => m.MessageType[(m.MessageType.LastIndexOf('.') + 1)..]).ToList();

    public static Task<int> CountProjectsAsync(this ServiceHost host) =>
        host.QueryAsync<FundingDbContext, int>(db => db.Projects.CountAsync());

    public static Task<Envelope> EnvelopeRowAsync(this ServiceHost host, Guid agreementId) =>
        host.QueryAsync<FundingDbContext, Envelope>(db => db.Envelopes.AsNoTracking().SingleAsync(e => e.AgreementId == agreementId));

    public static Task<int> ScanAsync(this ServiceHost host) => host.Services.GetRequiredService<ShortfallScanner>().ScanAsync();
}
