using System.Text.Json;
using HuiShang.Agreements.Data;
using HuiShang.Agreements.Domain;
using HuiShang.Agreements.Scanning;
using HuiShang.Contracts;
using HuiShang.Messaging;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Agreements.Tests;

/// <summary>The Agreements service in-process, composed as its Program.cs composes it, with the rule clock set.</summary>
internal static class AgreementsHost
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>2025-05-10 (Asia/Shanghai), a Saturday in the 2025 round.</summary>
    public static FakeClock Clock() => new(new DateTimeOffset(2025, 5, 10, 10, 0, 0, TimeSpan.FromHours(8)));

    public static Task<ServiceHost> StartAsync(FakeClock clock) =>
        ServiceHost.StartAsync(Resources.Agreements, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(AgreementsClock.Key, clock);
            b.AddAgreements();
        }, a => a.MapAgreements());

    public static Task<List<OutboxMessage>> OutboxAsync(this ServiceHost host) =>
        host.QueryAsync<AgreementsDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync());

    /// <summary>The events of one type staged in the outbox (what the service committed to publish), in order.</summary>
    public static async Task<List<T>> EventsAsync<T>(this ServiceHost host)
    {
        var rows = await host.OutboxAsync();
        return rows.Where(r => r.MessageType == typeof(T).FullName).Select(r => JsonSerializer.Deserialize<T>(r.Body, EventJson)!).ToList();
    }

    /// <summary>One deadline pass, as the background worker runs it.</summary>
    public static async Task<int> ScanAsync(this ServiceHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineScanner>().ScanAsync(CancellationToken.None);
    }

    public static Task<int> CountAsync<T>(this ServiceHost host)
        where T : class =>
        host.QueryAsync<AgreementsDbContext, int>(db => db.Set<T>().CountAsync());
}
