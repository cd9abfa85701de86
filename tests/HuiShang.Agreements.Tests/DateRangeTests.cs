using HuiShang.Agreements.Data;
using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>
/// Dates at the edge of the calendar are validation errors, never a 500: a meeting is held within
/// [today − 1 year, today + 10 years], a comment round is due within a year. Today is 2025-05-10.
/// </summary>
public sealed class DateRangeTests
{
    private static readonly Parties Gx = Parties.Nanning;

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    [InlineData("2024-05-09T23:59")]
    [InlineData("2035-05-11T00:00")]
    public async Task GX17_a_meeting_time_outside_a_year_back_and_ten_years_ahead_is_a_field_error_on_at(string at)
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await ReadyToSignAsync(host);

        var error = await RefusedAsync(() => host.Channel.UnaryAsync(AgreementsApi.ScheduleMeeting,
            new ScheduleMeetingRequest { AgreementId = agreement.Id, At = at, Place = "科技厅三楼会议室" }, host.As(Gx.Planning)));
        AssertProblem(error, StatusCode.InvalidArgument, "validation");
        Assert.Equal(["at"], Fields(error).Distinct());
        Assert.Null((await host.GetAsync(agreement.Id, Gx.Planning)).Meeting);
    }

    [Theory]
    [InlineData("2024-05-10T00:00")]
    [InlineData("2035-05-10T23:59")]
    public async Task GX17_a_meeting_time_on_the_edge_days_of_the_range_is_scheduled(string at)
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await ReadyToSignAsync(host);

        agreement = await host.Channel.UnaryAsync(AgreementsApi.ScheduleMeeting,
            new ScheduleMeetingRequest { AgreementId = agreement.Id, At = at, Place = "科技厅三楼会议室" }, host.As(Gx.Planning));
        Assert.Equal(at, agreement.Meeting.At);
    }

    [Fact]
    public async Task GX15_a_due_date_more_than_a_year_ahead_is_a_field_error_on_dueOn()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(Gx);

        foreach (var dueOn in new[] { "9999-12-31", "2026-05-11" })
        {
            var error = await RefusedAsync(() => host.StartRoundAsync(Gx, agreement, dueOn: dueOn));
            AssertProblem(error, StatusCode.InvalidArgument, "validation");
            Assert.Equal(["dueOn"], Fields(error).Distinct());
        }

        Assert.Empty((await host.GetAsync(agreement.Id, Gx.Planning)).CommentRounds);
        agreement = await host.StartRoundAsync(Gx, agreement, dueOn: "2026-05-10");
        Assert.Equal("2026-05-10", agreement.CommentRounds.Single().DueOn.Text());
    }

    [Fact]
    public async Task GX15_closing_a_round_stored_as_due_on_the_last_day_of_the_calendar_is_deadline_not_passed_not_a_crash()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx));
        var round = agreement.CommentRounds.Single();
        // Such a round could be stored before the due date was capped.
        await host.QueryAsync<AgreementsDbContext, int>(db =>
            db.CommentRounds.Where(r => r.Id == Guid.Parse(round.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, DateOnly.MaxValue)));

        var early = await RefusedAsync(() => host.CloseAsync(Gx.Planning, agreement, round.Id));
        AssertProblem(early, StatusCode.FailedPrecondition, "deadline-not-passed", "GX-15");
        Assert.Contains("9999-12-31", early.Status.Detail, StringComparison.Ordinal);
    }

    /// <summary>GX: comments passed and the director's office approved: the meeting can be scheduled.</summary>
    private static async Task<Agreement> ReadyToSignAsync(HuiShang.ServiceTesting.ServiceHost host)
    {
        var agreement = await host.PassCommentsAsync(Gx, await host.SelectedAsync(Gx));
        return await host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "approve");
    }
}
