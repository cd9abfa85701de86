using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using Grpc.Core;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Agreements.Tests;

/// <summary>Steps most tests share: a selected proposal arrives, versions, rounds, reviews, signing; and refusals.</summary>
internal static class Scenario
{
    public static ProposalSelected Selection(Parties parties, string tier = "Key", int year = 2025, DateOnly? selectedOn = null, params string[] topics) =>
        new(
            Guid.NewGuid(),
            Guid.NewGuid(),
            year,
            parties.Region,
            parties.Jurisdiction,
            tier,
            tier == "Key",
            null,
            (topics.Length == 0 ? ["新能源汽车关键零部件研发", "面向东盟的技术转移中心建设"] : topics)
                .Select(t => new SelectedTopic(t, "major-needs", "new-energy", 1_500_000m)).ToList(),
            "gx/2019-01-01",
            new DateTimeOffset((selectedOn ?? new DateOnly(year, 4, 1)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)),
            parties.Planning);

    public static Task PublishAsync(this ServiceHost host, ProposalSelected selected) =>
        host.Services.GetRequiredService<IBus>().Publish(selected);

    /// <summary>Publishes the selection and waits until the consumer opened its agreement.</summary>
    public static async Task<Agreement> SelectedAsync(this ServiceHost host, Parties parties, ProposalSelected? selected = null)
    {
        selected ??= Selection(parties);
        await host.PublishAsync(selected);
        var found = await Eventually.GetAsync(
            async () => (await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest(), host.As(parties.Planning))).Items
                .FirstOrDefault(a => a.ProposalId == selected.ProposalId.ToString()),
            a => a is not null);
        return found is null
            ? throw new InvalidOperationException("No agreement was opened for the selected proposal.")
            : await host.Channel.UnaryAsync(AgreementsApi.Get, new GetAgreementRequest { Id = found.Id }, host.As(parties.Planning));
    }

    public static Task<Agreement> GetAsync(this ServiceHost host, string id, string user) =>
        host.Channel.UnaryAsync(AgreementsApi.Get, new GetAgreementRequest { Id = id }, host.As(user));

    /// <summary>A new version from the current one with a changed text line and the items given a lead unit and due date.</summary>
    public static CreateVersionRequest NextVersion(Agreement agreement, string? roundId = null, string? reviewId = null, string change = "修订")
    {
        var request = new CreateVersionRequest
        {
            AgreementId = agreement.Id,
            ExpectedVersion = agreement.CurrentVersion.Number,
            Text = agreement.CurrentVersion.Text + $"\n{change}（第{agreement.CurrentVersion.Number + 1}稿）",
            CommentRoundId = roundId ?? "",
            AddressesReviewId = reviewId ?? "",
            Note = change,
        };
        request.Items.AddRange(agreement.CurrentVersion.Items.Select(i =>
        {
            var item = i.Clone();
            item.LeadUnit = "市科技局";
            item.DueOn = Wire.Date("2026-12-31");
            return item;
        }));
        return request;
    }

    public static Task<Agreement> CreateVersionAsync(this ServiceHost host, Parties parties, Agreement agreement, string? roundId = null, string? reviewId = null) =>
        host.Channel.UnaryAsync(AgreementsApi.CreateVersion, NextVersion(agreement, roundId, reviewId), host.As(parties.Planning));

    public static Task<Agreement> StartRoundAsync(this ServiceHost host, Parties parties, Agreement agreement, string dueOn = "2025-05-20", int version = 0, params string[] divisions)
    {
        var request = new StartCommentRoundRequest { AgreementId = agreement.Id, DueOn = Wire.OptionalDate(dueOn), Version = version };
        request.Divisions.AddRange(divisions.Length == 0 ? [parties.DivisionCode] : divisions);
        return host.Channel.UnaryAsync(AgreementsApi.StartRound, request, host.As(parties.Planning));
    }

    public static Task<Agreement> CommentAsync(this ServiceHost host, string division, Agreement agreement, string roundId, string? text) =>
        host.Channel.UnaryAsync(AgreementsApi.AddComment,
            new AddCommentRequest { AgreementId = agreement.Id, RoundId = roundId, Text = text ?? "", NoComment = text is null }, host.As(division));

    public static Task<Agreement> ReviewAsync(this ServiceHost host, Method<ReviewRequest, Agreement> method, string user, Agreement agreement, string decision, params string[] reasons)
    {
        var request = new ReviewRequest { AgreementId = agreement.Id, Decision = decision };
        request.Reasons.AddRange(reasons);
        return host.Channel.UnaryAsync(method, request, host.As(user));
    }

    public static Task<Agreement> ApproveAsync(this ServiceHost host, string user, Agreement agreement) =>
        host.Channel.UnaryAsync(AgreementsApi.Approve, new ApproveRequest { AgreementId = agreement.Id }, host.As(user));

    public static Task<Agreement> ScheduleAsync(this ServiceHost host, Parties parties, Agreement agreement, params string[] agenda)
    {
        var request = new ScheduleMeetingRequest { AgreementId = agreement.Id, At = "2025-06-18T09:30", Place = "科技厅三楼会议室", Participants = { "厅长", "市长" } };
        request.Agenda.AddRange(agenda);
        return host.Channel.UnaryAsync(AgreementsApi.ScheduleMeeting, request, host.As(parties.Planning));
    }

    public static Task<Agreement> SignAsync(this ServiceHost host, string user, Agreement agreement, int version = 0) =>
        host.Channel.UnaryAsync(AgreementsApi.Sign, new SignRequest { AgreementId = agreement.Id, Version = version }, host.As(user));

    /// <summary>GX-15 in one go: one division answers "no comment" (nothing to resolve), a version answers the round.</summary>
    public static async Task<Agreement> PassCommentsAsync(this ServiceHost host, Parties parties, Agreement agreement)
    {
        agreement = await host.StartRoundAsync(parties, agreement);
        var round = agreement.CommentRounds.Last();
        agreement = await host.CommentAsync(parties.Division, agreement, round.Id, null);
        return await host.CreateVersionAsync(parties, agreement, roundId: round.Id);
    }

    /// <summary>Takes an agreement through whatever chain its profile has, approving everything, to Signed.</summary>
    public static async Task<Agreement> SignedAsync(this ServiceHost host, Parties parties, Agreement agreement)
    {
        for (var guard = 0; agreement.Status != "Signed" && guard < 20; guard++)
        {
            agreement = agreement.Status switch
            {
                "Drafting" => await host.PassCommentsAsync(parties, agreement),
                "AwaitingDirectorReview" => await host.ReviewAsync(AgreementsApi.DirectorReview, parties.Director, agreement, "approve"),
                "AwaitingCityReview" => await host.ReviewAsync(AgreementsApi.CityReview, parties.Leader, agreement, "approve"),
                "AwaitingApproval" => await host.ApproveAsync(parties.Leader, await host.ApproveAsync(parties.Director, agreement)),
                "AwaitingFormalDocument" => await host.Channel.UnaryAsync(AgreementsApi.FormalDocument,
                    new FormalDocumentRequest { AgreementId = agreement.Id, DocumentNumber = "石政函〔2025〕18号", IssuedOn = Wire.Date("2025-05-09") }, host.As(parties.Bureau)),
                "ReadyToSign" => await host.SignAsync(parties.Leader, await host.SignAsync(parties.Director, await host.ScheduleAsync(parties, agreement))),
                _ => throw new InvalidOperationException($"No step for status {agreement.Status}."),
            };
        }

        return agreement;
    }

    public static async Task AssertInvalidStateAsync(Func<Task> call) =>
        AssertProblem(await RefusedAsync(call), StatusCode.FailedPrecondition, "invalid-state");

    public static async Task AssertStatusAsync(StatusCode status, Func<Task> call) =>
        Assert.Equal(status, (await RefusedAsync(call)).StatusCode);
}
