using Google.Protobuf;
using Grpc.Core;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Contracts;
using HuiShang.Proposals.Domain;
using Topic = HuiShang.Contracts.Proposals.V1.Topic;

namespace HuiShang.Proposals.Tests;

/// <summary>
/// Issue 12 finding 1: a city's maximal drafts once pushed the province's list past the 4 MiB message
/// limit. Lists now page in the database (cursor, capped size, stable order), carry summaries without
/// the topics' texts, and a city holds a bounded number of open proposals in a call.
/// </summary>
public sealed class PagingTests
{
    [Fact]
    public async Task Maximal_drafts_list_as_small_summaries_a_page_at_a_time_in_a_stable_order()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var created = new List<string>();
        for (var i = 0; i < new IntakeLimits().MaxOpenPerCall; i++)
        {
            created.Add((await host.DraftAsync(ProposalsHost.NanningBureau, call.Id, Maximal)).Id);
        }

        var seen = new List<ProposalSummary>();
        var cursor = "";
        var pages = 0;
        do
        {
            var reply = await host.Channel.UnaryAsync(ProposalsApi.List,
                new ListProposalsRequest { CallId = call.Id, Page = new PageRequest { PageSize = 2, PageToken = cursor } }, host.As(ProposalsHost.GuangxiPlanning));
            Assert.True(reply.Items.Count <= 2);
            Assert.True(reply.CalculateSize() < 16 * 1024, $"a page of summaries is {reply.CalculateSize()} bytes");
            seen.AddRange(reply.Items);
            cursor = reply.Page.NextPageToken;
            pages++;
        }
        while (cursor.Length > 0);

        Assert.Equal(3, pages);
        // Id order: UUIDv7 ids sort by creation time (ties within a millisecond — the fake clock — by their random part).
        Assert.Equal(created.Order(StringComparer.Ordinal), seen.Select(s => s.Id));
        Assert.All(seen, s => Assert.Equal((ProposalLimits.MaxTopics, 20 * 1_500_000m), (s.TopicCount, s.RequestedTotal.ToYuan())));
    }

    [Fact]
    public async Task A_city_holds_a_bounded_number_of_open_proposals_in_a_call_and_withdrawing_frees_a_place()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var limit = new IntakeLimits().MaxOpenPerCall;
        var drafts = new List<Contracts.Proposals.V1.Proposal>();
        for (var i = 0; i < limit; i++)
        {
            drafts.Add(await host.DraftAsync(ProposalsHost.NanningBureau, call.Id));
        }

        var refused = await RefusedAsync(() => host.DraftAsync(ProposalsHost.NanningBureau, call.Id));
        var otherCity = await host.DraftAsync(ProposalsHost.LiuzhouBureau, call.Id);
        await host.Channel.UnaryAsync(ProposalsApi.Withdraw, new WithdrawProposalRequest { Id = drafts[0].Id }, host.As(ProposalsHost.NanningBureau));
        var afterWithdrawal = await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);

        Assert.Equal((StatusCode.FailedPrecondition, "draft-limit"), (refused.StatusCode, refused.GetProblemType()));
        Assert.Equal(limit + 2, await host.CountProposalsAsync());
        Assert.NotEmpty(otherCity.Id);
        Assert.NotEmpty(afterWithdrawal.Id);
    }

    [Fact]
    public async Task A_bad_limit_or_a_cursor_of_another_list_is_refused_naming_the_field()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        await host.DraftAsync(ProposalsHost.NanningBureau, call.Id);
        var first = await host.Channel.UnaryAsync(ProposalsApi.List,
            new ListProposalsRequest { CallId = call.Id, Page = new PageRequest { PageSize = 1 } }, host.As(ProposalsHost.GuangxiPlanning));

        var otherFilter = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.List,
            new ListProposalsRequest { Status = "Draft", Page = new PageRequest { PageToken = first.Page.NextPageToken } }, host.As(ProposalsHost.GuangxiPlanning)));
        var garbage = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.List,
            new ListProposalsRequest { Page = new PageRequest { PageToken = "not-a-cursor" } }, host.As(ProposalsHost.GuangxiPlanning)));
        var negative = await RefusedAsync(() => host.Channel.UnaryAsync(ProposalsApi.List,
            new ListProposalsRequest { Page = new PageRequest { PageSize = -1 } }, host.As(ProposalsHost.GuangxiPlanning)));
        var capped = await host.Channel.UnaryAsync(ProposalsApi.List,
            new ListProposalsRequest { Page = new PageRequest { PageSize = 100_000 } }, host.As(ProposalsHost.GuangxiPlanning));

        Assert.NotEmpty(first.Page.NextPageToken);
        Assert.Equal(["cursor"], Fields(otherFilter));
        Assert.Equal(["cursor"], Fields(garbage));
        Assert.Equal(["limit"], Fields(negative));
        Assert.Equal((2, ""), (capped.Items.Count, capped.Page.NextPageToken));
    }

    [Fact]
    public async Task History_pages_oldest_first()
    {
        await using var host = await ProposalsHost.StartAsync();
        var call = await host.OpenCallAsync();
        var submitted = await host.SubmittedAsync(ProposalsHost.NanningBureau, call.Id);

        var first = await host.Channel.UnaryAsync(ProposalsApi.History,
            new GetProposalHistoryRequest { Id = submitted.Id, Page = new PageRequest { PageSize = 1 } }, host.As(ProposalsHost.NanningBureau));
        var second = await host.Channel.UnaryAsync(ProposalsApi.History,
            new GetProposalHistoryRequest { Id = submitted.Id, Page = new PageRequest { PageSize = 1, PageToken = first.Page.NextPageToken } }, host.As(ProposalsHost.NanningBureau));

        Assert.Equal(("Draft", 1L), (Assert.Single(first.Entries).ToStatus, first.Entries[0].Version));
        Assert.Equal("Submitted", Assert.Single(second.Entries).ToStatus);
        Assert.Equal("", second.Page.NextPageToken);
    }

    /// <summary>A draft at every bound: the longest title, the most topics, every long text full.</summary>
    private static void Maximal(CreateProposalRequest request)
    {
        var longText = new string('长', ProposalLimits.LongText);
        request.Title = new string('题', ProposalLimits.Title);
        request.PreviousRoundSummary = longText;
        request.UrgentReason = longText;
        var topic = request.Topics[0];
        request.Topics.Clear();
        for (var i = 0; i < ProposalLimits.MaxTopics; i++)
        {
            request.Topics.Add(new Topic
            {
                Title = $"{i:D2}{new string('议', ProposalLimits.Title - 2)}",
                Category = topic.Category,
                Field = topic.Field,
                PriorWork = longText,
                Alignment = longText,
                NextSteps = longText,
                RequestedSupport = topic.RequestedSupport,
            });
        }
    }
}
