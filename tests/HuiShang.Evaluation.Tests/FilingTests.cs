using Grpc.Core;
using HuiShang.Contracts.Evaluation.V1;
using HuiShang.Evaluation.Data;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Evaluation.Tests;

/// <summary>GX-19 through the real host: AgreementSigned opens the plan, the city files, late is marked, revisions are kept.</summary>
public sealed class FilingTests
{
    [Fact]
    public async Task GX_18_AgreementSigned_opens_a_plan_with_every_item_and_publishes_them_unfinished_for_GX_21()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 1));
        var id = await host.SignAsync();

        var view = await host.ViewAsync(id, Users.NanningBureau);

        Assert.Equal(("Open", "GX-19", "gx/2019-01-01"), (view.Status, view.ReportingRuleId, view.PolicyVersion));
        Assert.Equal(["city", "province"], view.Items.Select(i => i.OwnerSide));
        Assert.Equal(["AgreedItemStatusChanged", "AgreedItemStatusChanged"], await host.EventNamesAsync());
        Assert.Equal(("ledger", 2025, 1, "Due"), (view.Periods[1].Kind, view.Periods[1].Year, view.Periods[1].Quarter, view.Periods[1].State));
    }

    [Fact]
    public async Task GX_19_a_late_ledger_is_accepted_and_marked_and_the_view_shows_filed_and_late()
    {
        var clock = FakeClock.On(2025, 4, 10);
        await using var host = await EvaluationHost.StartAsync(clock);
        var view = await host.ViewAsync(await host.SignAsync(), Users.NanningBureau);

        var q1 = await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.NanningBureau));
        clock.SetDate(2025, 7, 20);
        var q2 = await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 2), host.As(Users.NanningBureau));
        var after = await host.ViewAsync(view.AgreementId, Users.GuangxiPlanning);

        Assert.Equal((false, true, "GX-19"), (q1.Late, q2.Late, q2.RuleId));
        Assert.Equal(["Filed", "Late", "Due"], after.Periods.Where(p => p.Kind == "ledger").Select(p => p.State));
        Assert.Equal(1, after.Summary.LateFilingCount);
        Assert.Equal("1500000.00", q1.Entries[0].MoneyArrived.Text());
    }

    [Fact]
    public async Task GX_19_a_re_filing_needs_If_Match_of_the_latest_revision_and_keeps_the_earlier()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var view = await host.ViewAsync(await host.SignAsync(), Users.NanningBureau);
        var first = await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.NanningBureau));

        var blind = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.NanningBureau)));
        var stale = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1, expectedRevision: 7), host.As(Users.NanningBureau)));
        var second = await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1, expectedRevision: 1), host.As(Users.NanningBureau));
        var kept = await host.Channel.UnaryAsync(TrackingApi.GetFiling,
            new GetFilingRequest { AgreementId = view.AgreementId, Kind = "ledger", Year = 2025, Quarter = 1, Revision = 1 }, host.As(Users.NanningBureau));

        AssertProblem(blind, StatusCode.FailedPrecondition, "precondition-required", "GX-19");
        AssertProblem(stale, StatusCode.Aborted, "concurrency-conflict");
        Assert.Equal((1, 2), (first.Revision, second.Revision));
        Assert.Equal(first.Id, kept.Id);
    }

    [Fact]
    public async Task GX_19_an_Idempotency_Key_files_once_and_answers_the_retry_with_the_first_filing()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var view = await host.ViewAsync(await host.SignAsync(), Users.NanningBureau);
        var request = EvaluationHost.Ledger(view, 2025, 1);

        var first = await host.Channel.UnaryAsync(TrackingApi.FileLedger, request, host.As(Users.NanningBureau).WithKey("ledger-2025-q1"));
        var retry = await host.Channel.UnaryAsync(TrackingApi.FileLedger, request, host.As(Users.NanningBureau).WithKey("ledger-2025-q1"));
        var reused = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 2), host.As(Users.NanningBureau).WithKey("ledger-2025-q1")));

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(1, await host.QueryAsync<EvaluationDbContext, int>(db => db.Filings.CountAsync()));
        AssertProblem(reused, StatusCode.FailedPrecondition, "idempotency-key-reused");
    }

    [Fact]
    public async Task GX_19_planning_returns_a_filing_with_a_reason_the_city_sees()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 12, 20));
        var view = await host.ViewAsync(await host.SignAsync(), Users.NanningBureau);
        var report = new FileAnnualReportRequest { AgreementId = view.AgreementId, Year = 2025, Summary = "年度会商任务落实情况" };
        report.Entries.AddRange(EvaluationHost.Ledger(view, 2025, 4).Entries);
        var filed = await host.Channel.UnaryAsync(TrackingApi.FileReport, report, host.As(Users.NanningBureau));

        var bureauRefused = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.Return,
            new ReturnFilingRequest { AgreementId = view.AgreementId, FilingId = filed.Id, Reason = "x" }, host.As(Users.NanningBureau)));
        await host.Channel.UnaryAsync(TrackingApi.Return,
            new ReturnFilingRequest { AgreementId = view.AgreementId, FilingId = filed.Id, Reason = "请补充资金到位情况" }, host.As(Users.GuangxiPlanning));
        var seen = await host.Channel.UnaryAsync(TrackingApi.GetFiling, new GetFilingRequest { AgreementId = view.AgreementId, FilingId = filed.Id }, host.As(Users.NanningBureau));
        var period = (await host.ViewAsync(view.AgreementId, Users.NanningBureau)).Periods.Single(p => p.Kind == "annual-report");

        Assert.Equal(StatusCode.PermissionDenied, bureauRefused.StatusCode);
        Assert.Equal(("Returned", "请补充资金到位情况", "province-planning@450000"), (seen.Status, seen.ReturnedReason, seen.ReturnedBy));
        Assert.Equal(("Returned", new DateOnly(2025, 12, 25)), (period.State, new DateOnly(period.DueOn.Year, period.DueOn.Month, period.DueOn.Day)));
    }

    [Fact]
    public async Task GX_19_a_ledger_without_an_entry_for_each_city_item_is_a_validation_problem_naming_the_rule()
    {
        await using var host = await EvaluationHost.StartAsync(FakeClock.On(2025, 4, 10));
        var view = await host.ViewAsync(await host.SignAsync(), Users.NanningBureau);

        var error = await RefusedAsync(() => host.Channel.UnaryAsync(TrackingApi.FileLedger,
            new FileLedgerRequest { AgreementId = view.AgreementId, Year = 2025, Quarter = 1 }, host.As(Users.NanningBureau)));

        AssertProblem(error, StatusCode.InvalidArgument, "validation", "GX-19");
        Assert.Equal(["entries"], Fields(error));
    }

    [Fact]
    public async Task Filings_list_a_page_at_a_time_newest_first()
    {
        var clock = FakeClock.On(2025, 4, 10);
        await using var host = await EvaluationHost.StartAsync(clock);
        var view = await host.ViewAsync(await host.SignAsync(), Users.NanningBureau);
        await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 1), host.As(Users.NanningBureau));
        await host.Channel.UnaryAsync(TrackingApi.FileLedger, EvaluationHost.Ledger(view, 2025, 2), host.As(Users.NanningBureau));

        var page1 = await host.Channel.UnaryAsync(TrackingApi.ListFilings,
            new ListFilingsRequest { AgreementId = view.AgreementId, Page = new() { PageSize = 1 } }, host.As(Users.NanningBureau));
        var page2 = await host.Channel.UnaryAsync(TrackingApi.ListFilings,
            new ListFilingsRequest { AgreementId = view.AgreementId, Page = new() { PageSize = 1, PageToken = page1.Page.NextPageToken } }, host.As(Users.NanningBureau));

        Assert.Equal([2, 1], page1.Items.Concat(page2.Items).Select(f => f.Quarter));
        Assert.Equal("", page2.Page.NextPageToken);
    }
}
