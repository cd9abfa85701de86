using HuiShang.Contracts.Evaluation.V1;
using HuiShang.Contracts.Events;

namespace HuiShang.Evaluation.Tests;

/// <summary>The overdue scan through the real host: once per period and level, through the outbox, cleared by filing.</summary>
public sealed class OverdueScanTests
{
    [Fact]
    public async Task GX_19_the_scan_raises_an_overdue_ledger_once_escalates_it_and_filing_clears_it()
    {
        var clock = FakeClock.On(2025, 4, 16);
        await using var host = await EvaluationHost.StartAsync(clock);
        var id = await host.SignAsync();

        Assert.Equal(1, await host.ScanAsync());
        Assert.Equal(0, await host.ScanAsync());
        clock.SetDate(2025, 4, 26);
        Assert.Equal(1, await host.ScanAsync());
        var overdue = await host.ViewAsync(id, Users.GuangxiPlanning);
        var list = await host.Channel.UnaryAsync(TrackingApi.List, new ListTrackingRequest { OverdueOnly = true }, host.As(Users.GuangxiPlanning));

        var view = await host.ViewAsync(id, Users.NanningBureau);
        await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.NanningBureau));
        clock.SetDate(2025, 5, 10);
        Assert.Equal(0, await host.ScanAsync());
        var cleared = (await host.ViewAsync(id, Users.GuangxiPlanning)).Periods.Single(p => p.Kind == "ledger" && p.Quarter == 1);
        var after = await host.Channel.UnaryAsync(TrackingApi.List, new ListTrackingRequest { OverdueOnly = true }, host.As(Users.GuangxiPlanning));

        Assert.Equal(("Overdue", 1), (overdue.Periods.Single(p => p.Kind == "ledger" && p.Quarter == 1).State, overdue.Periods.Single(p => p.Quarter == 1).EscalationLevel));
        Assert.Equal((id, 1), (list.Items.Single().AgreementId, list.Items.Single().OverdueCount));
        Assert.Equal(("Late", true, 0), (cleared.State, cleared.Cleared, cleared.EscalationLevel));
        Assert.Empty(after.Items);
        Assert.Equal([nameof(AgreedItemStatusChanged), nameof(AgreedItemStatusChanged), nameof(LedgerOverdue), nameof(LedgerOverdue)], await host.EventNamesAsync());
    }

    [Fact]
    public async Task HB_21_a_plan_under_a_profile_without_reporting_raises_only_items_past_their_due_date()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2026, 1, 20));
        await host.SignAsync("130100", "130000");

        Assert.Equal(1, await host.ScanAsync());
        Assert.Equal(nameof(ObligationOverdue), (await host.EventNamesAsync())[^1]);
    }
}
