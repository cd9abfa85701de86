using Grpc.Core;
using HuiShang.Contracts;
using HuiShang.Contracts.Evaluation.V1;
using HuiShang.Contracts.Events;
using HuiShang.Evaluation.Data;
using HuiShang.Evaluation.Domain;
using HuiShang.Evaluation.Scanning;
using HuiShang.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Evaluation.Tests;

/// <summary>The Evaluation service in-process, composed as its Program.cs composes it, with the rule clock set.</summary>
internal static class EvaluationHost
{
    public static Task<ServiceHost> StartAsync(FakeClock clock) =>
        ServiceHost.StartAsync(Resources.Evaluation, b =>
        {
            b.Services.AddKeyedSingleton<TimeProvider>(EvaluationClock.Key, clock);
            b.AddEvaluation();
        }, a => a.MapEvaluation(), new Dictionary<string, string?>
        {
            // The scan runs when a test says so, not on its own timer.
            [$"{EvaluationOptions.Section}:ScanInterval"] = "01:00:00",
        });

    /// <summary>Publishes AgreementSigned on the service's bus, as Agreements would, and waits until the plan is open.</summary>
    public static async Task<string> SignAsync(this ServiceHost host, string region = "450100", string jurisdiction = "450000", DateOnly? signedOn = null)
    {
        var signed = DomainRules.Plans.Signed(jurisdiction, region, signedOn ?? DomainRules.Plans.SignedOn);
        await host.Services.GetRequiredService<IBus>().Publish(signed);
        var opened = await Eventually.GetAsync(() => host.QueryAsync<EvaluationDbContext, bool>(db => db.Plans.AnyAsync(p => p.Id == signed.AgreementId)), o => o);
        Assert.True(opened, "the tracking plan was not opened from AgreementSigned");
        return signed.AgreementId.ToString();
    }

    public static Task<TrackingView> ViewAsync(this ServiceHost host, string agreementId, string user) =>
        host.Channel.UnaryAsync(TrackingApi.Get, new GetTrackingRequest { AgreementId = agreementId }, host.As(user));

    public static FileLedgerRequest Ledger(TrackingView view, int year, int quarter, int expectedRevision = 0)
    {
        var request = new FileLedgerRequest { AgreementId = view.AgreementId, Year = year, Quarter = quarter, ExpectedRevision = expectedRevision };
        request.Entries.AddRange(view.Items.Where(i => i.OwnerSide == "city").Select(i => new HuiShang.Contracts.Evaluation.V1.FilingEntry
        {
            ItemId = i.Id, Status = "InProgress", Progress = "设备安装完成 60%", MoneyArrived = HuiShang.Contracts.Common.V1.Money.FromYuan(1_500_000m), Milestone = "主体厂房封顶",
        }));
        return request;
    }

    public static CallOptions WithKey(this CallOptions options, string key)
    {
        options.Headers!.Add("idempotency-key", key);
        return options;
    }

    public static Task<int> ScanAsync(this ServiceHost host) =>
        host.QueryAsync<OverdueScanner, int>(scanner => scanner.ScanAsync(CancellationToken.None));

    /// <summary>The short type names of the staged events, in commit order.</summary>
    public static async Task<List<string>> EventNamesAsync(this ServiceHost host) =>
        (await host.QueryAsync<EvaluationDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync()))
            .Select(m => m.MessageType[(m.MessageType.LastIndexOf('.') + 1)..]).ToList();
}
