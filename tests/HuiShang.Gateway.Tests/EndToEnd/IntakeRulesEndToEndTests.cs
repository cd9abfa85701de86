using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HuiShang.Contracts.Events;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Proposals.Data;
using HuiShang.ServiceTesting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// domain.md §2.1 intake rules end to end: each refusal of the real Proposals service reaches the client
/// through the real gateway as RFC 9457 problem details (status, type, ruleId, errors), and the record is
/// unchanged. This class has its own <see cref="ProposalsStack"/> (xUnit class fixtures are per class), so
/// the tenancy matrix's seed is untouched; tests that move the clock or select use a year of their own.
/// </summary>
public sealed class IntakeRulesEndToEndTests(ProposalsStack stack) : IClassFixture<ProposalsStack>, IAsyncLifetime
{
    private const string LiuzhouBureau = "city-bureau@450200";
    private const string GuilinBureau = "city-bureau@450300";
    private const string WuzhouBureau = "city-bureau@450400";

    public Task InitializeAsync()
    {
        stack.Clock.Now = ProposalsStack.Today;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        stack.Clock.Now = ProposalsStack.Today;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GX_10_window_closed_through_the_gateway()
    {
        SetDate(2027, 2, 10);
        var call = await OpenCallAsync(2027);
        var draft = await DraftAsync(ProposalsStack.NanningBureau, call, 2027);
        var before = await GetAsync(ProposalsStack.NanningBureau, draft);

        SetDate(2027, 4, 1);
        var response = await SubmitAsync(ProposalsStack.NanningBureau, draft);

        await ShouldBeRuleAsync(response, 409, "window-closed", "GX-10");
        await AssertUnchangedAsync(ProposalsStack.NanningBureau, draft, before, "draft");
    }

    [Fact]
    public async Task GX_10_quota_full_above_one_key_and_two_general_through_the_gateway()
    {
        SetDate(2029, 2, 10);
        var call = await OpenCallAsync(2029);
        var ids = new List<string>();
        foreach (var bureau in new[] { ProposalsStack.NanningBureau, LiuzhouBureau, GuilinBureau, WuzhouBureau })
        {
            ids.Add(await SubmittedAsync(bureau, call, 2029));
        }

        var before = await GetAsync(ProposalsStack.GuangxiPlanning, ids[0]);
        var response = await SelectAsync(call, ids[0], ids[1], ids[2], ids[3]);

        await ShouldBeRuleAsync(response, 409, "quota-full", "GX-10");
        foreach (var id in ids)
        {
            var after = await GetAsync(ProposalsStack.GuangxiPlanning, id);
            Assert.Equal("submitted", after.GetProperty("status").GetString(), ignoreCase: true);
            Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        }
    }

    [Fact]
    public async Task GX_10_key_city_is_theme_city_and_the_rest_are_not_selected_through_the_gateway()
    {
        SetDate(2028, 2, 10);
        var call = await OpenCallAsync(2028);
        var guilin = await SubmittedAsync(GuilinBureau, call, 2028);
        var wuzhou = await SubmittedAsync(WuzhouBureau, call, 2028);
        var nanning = await SubmittedAsync(ProposalsStack.NanningBureau, call, 2028);

        var response = await SelectAsync(call, guilin, wuzhou);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");

        using var json = JsonDocument.Parse(body);
        var selected = json.RootElement.GetProperty("selected").EnumerateArray().ToList();
        var key = selected.Single(p => p.GetProperty("id").GetString() == guilin);
        Assert.Equal("key", key.GetProperty("selectionTier").GetString(), ignoreCase: true);
        Assert.True(key.GetProperty("themeCity").GetBoolean());
        var general = selected.Single(p => p.GetProperty("id").GetString() == wuzhou);
        Assert.Equal("general", general.GetProperty("selectionTier").GetString(), ignoreCase: true);
        Assert.False(general.GetProperty("themeCity").GetBoolean());
        var notSelected = Assert.Single(json.RootElement.GetProperty("notSelected").EnumerateArray());
        Assert.Equal(nanning, notSelected.GetProperty("id").GetString());

        var stored = await GetAsync(ProposalsStack.GuangxiPlanning, nanning);
        Assert.Equal("notSelected", stored.GetProperty("status").GetString(), ignoreCase: true);

        // A second selection of the same call is refused for its state.
        await ShouldBeRuleAsync(await SelectAsync(call, guilin, wuzhou), 409, "invalid-state", ruleId: null);
    }

    [Fact]
    public async Task GX_13_lead_time_of_two_months_through_the_gateway()
    {
        // Today is 2026-02-10: a meeting on 2026-04-09 is one day short of two months away.
        var draft = await DraftAsync(ProposalsStack.NanningBureau, stack.GuangxiCallId, 2026, b => b["plannedMeetingOn"] = "2026-04-09");
        var before = await GetAsync(ProposalsStack.NanningBureau, draft);

        var response = await SubmitAsync(ProposalsStack.NanningBureau, draft);

        await ShouldBeRuleAsync(response, 409, "lead-time", "GX-13");
        await AssertUnchangedAsync(ProposalsStack.NanningBureau, draft, before, "draft");
    }

    [Fact]
    public async Task GX_13_topic_basis_alignment_next_steps_through_the_gateway()
    {
        var draft = await DraftAsync(ProposalsStack.NanningBureau, stack.GuangxiCallId, 2026, b =>
        {
            b["topics"]![0]!["priorWork"] = "";
            b["topics"]![0]!["nextSteps"] = " ";
        });
        var before = await GetAsync(ProposalsStack.NanningBureau, draft);

        var response = await SubmitAsync(ProposalsStack.NanningBureau, draft);

        var problem = await ShouldBeRuleAsync(response, 400, "validation", "GX-13");
        Assert.Equal(["topics[0].nextSteps", "topics[0].priorWork"], ErrorFields(problem));
        await AssertUnchangedAsync(ProposalsStack.NanningBureau, draft, before, "draft");
    }

    [Fact]
    public async Task GX_11_GX_12_city_meeting_and_summary_required_after_a_first_round_through_the_gateway()
    {
        // A 2030 round with Nanning as key city, then Nanning's 2031 proposal without meeting or summary.
        SetDate(2030, 2, 10);
        var round = await OpenCallAsync(2030);
        var key = await SubmittedAsync(ProposalsStack.NanningBureau, round, 2030);
        var general = await SubmittedAsync(LiuzhouBureau, round, 2030);
        var selection = await SelectAsync(round, key, general);
        Assert.True(selection.IsSuccessStatusCode, await selection.Content.ReadAsStringAsync());

        SetDate(2031, 2, 10);
        var call = await OpenCallAsync(2031);
        var draft = await DraftAsync(ProposalsStack.NanningBureau, call, 2031, b =>
        {
            b.Remove("cityMeetingOn");
            b["previousRoundSummary"] = "";
        });
        var before = await GetAsync(ProposalsStack.NanningBureau, draft);

        var response = await SubmitAsync(ProposalsStack.NanningBureau, draft);

        var problem = await ShouldBeRuleAsync(response, 400, "validation", "GX-11");
        Assert.Equal(["cityMeetingOn", "previousRoundSummary"], ErrorFields(problem));
        await AssertUnchangedAsync(ProposalsStack.NanningBureau, draft, before, "draft");
    }

    [Fact]
    public async Task HB_11_13_not_eligible_without_rising_figures_through_the_gateway()
    {
        var draft = await DraftAsync(ProposalsStack.ShijiazhuangBureau, stack.HebeiCallId, 2026, b => b["figures"] = new JsonObject
        {
            ["rdGdpRatio"] = 2.10m,
            ["rdGdpRatioPrevious"] = 2.30m,
            ["fiscalStSpendingGrowth"] = 8.0m,
            ["regularRevenueGrowth"] = 5.0m,
        });
        var before = await GetAsync(ProposalsStack.ShijiazhuangBureau, draft);

        var response = await SubmitAsync(ProposalsStack.ShijiazhuangBureau, draft);

        var problem = await ShouldBeRuleAsync(response, 409, "not-eligible", "HB-13");
        Assert.Contains("R&D/GDP", problem.StringOrNull("detail"), StringComparison.Ordinal);
        await AssertUnchangedAsync(ProposalsStack.ShijiazhuangBureau, draft, before, "draft");
    }

    [Fact]
    public async Task GX_21_field_blocked_by_unfinished_projects_through_the_gateway()
    {
        // Guilin's unfinished new-energy project (the JointProjectStatusChanged read model) blocks the field.
        var draft = await DraftAsync(GuilinBureau, stack.GuangxiCallId, 2026);
        var before = await GetAsync(GuilinBureau, draft);
        var projectId = Guid.NewGuid();
        await PublishAndWaitAsync(new JointProjectStatusChanged(projectId, "450300", "new-energy", "动力电池回收示范", "InProgress", true, DateTimeOffset.UtcNow), 1);
        try
        {
            var response = await SubmitAsync(GuilinBureau, draft);

            var problem = await ShouldBeRuleAsync(response, 409, "field-blocked", "GX-21");
            Assert.Contains("new-energy", problem.StringOrNull("detail"), StringComparison.Ordinal);
            await AssertUnchangedAsync(GuilinBureau, draft, before, "draft");
        }
        finally
        {
            await PublishAndWaitAsync(new JointProjectStatusChanged(projectId, "450300", "new-energy", "动力电池回收示范", "Accepted", false, DateTimeOffset.UtcNow.AddSeconds(1)), 0);
        }
    }

    [Fact]
    public async Task invalid_state_submitting_a_submitted_proposal_through_the_gateway()
    {
        var submitted = (await stack.SubmittedAsync()).Id;
        var before = await GetAsync(ProposalsStack.NanningBureau, submitted);

        var response = await SubmitAsync(ProposalsStack.NanningBureau, submitted);

        await ShouldBeRuleAsync(response, 409, "invalid-state", ruleId: null);
        await AssertUnchangedAsync(ProposalsStack.NanningBureau, submitted, before, "submitted");
    }

    [Fact]
    public async Task concurrency_conflict_on_a_stale_if_match_through_the_gateway()
    {
        var draft = await stack.DraftAsync();
        var edited = await stack.Client.SendJsonAsync(HttpMethod.Put, $"/api/proposals/{draft.Id}", ProposalsStack.ProposalBody(null), stack.Token(ProposalsStack.NanningBureau), draft.ETag);
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var before = await GetAsync(ProposalsStack.NanningBureau, draft.Id);

        var stale = await stack.Client.SendJsonAsync(HttpMethod.Put, $"/api/proposals/{draft.Id}", ProposalsStack.ProposalBody(null), stack.Token(ProposalsStack.NanningBureau), draft.ETag);

        await ShouldBeRuleAsync(stale, 409, "concurrency-conflict", ruleId: null);
        await AssertUnchangedAsync(ProposalsStack.NanningBureau, draft.Id, before, "draft");
    }

    private void SetDate(int year, int month, int day) =>
        stack.Clock.Now = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    private async Task<string> OpenCallAsync(int year)
    {
        var response = await stack.Client.PostJsonAsync("/api/calls", $$"""{"year": {{year}}}""", stack.Token(ProposalsStack.GuangxiPlanning));
        return await IdAsync(response, HttpStatusCode.Created);
    }

    private async Task<string> DraftAsync(string bureau, string callId, int year, Action<JsonObject>? edit = null)
    {
        var body = JsonNode.Parse(ProposalsStack.ProposalBody(callId))!.AsObject();
        body["plannedMeetingOn"] = $"{year}-06-18";
        body["cityMeetingOn"] = $"{year}-01-20";
        edit?.Invoke(body);
        var response = await stack.Client.PostJsonAsync("/api/proposals", body.ToJsonString(), stack.Token(bureau));
        return await IdAsync(response, HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> SubmitAsync(string bureau, string id) =>
        stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{id}/submit", null, stack.Token(bureau));

    private async Task<string> SubmittedAsync(string bureau, string callId, int year)
    {
        var id = await DraftAsync(bureau, callId, year);
        return await IdAsync(await SubmitAsync(bureau, id), HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> SelectAsync(string callId, string key, params string[] general) =>
        stack.Client.PostJsonAsync(
            $"/api/calls/{callId}/selection",
            JsonSerializer.Serialize(new { key, general }),
            stack.Token(ProposalsStack.GuangxiPlanning));

    private async Task<JsonElement> GetAsync(string user, string id)
    {
        var response = await stack.Client.GetAsync($"/api/proposals/{id}", stack.Token(user));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {id}: {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task AssertUnchangedAsync(string user, string id, JsonElement before, string status)
    {
        var after = await GetAsync(user, id);
        Assert.Equal(status, after.GetProperty("status").GetString(), ignoreCase: true);
        Assert.Equal(before.GetProperty("status").GetString(), after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }

    private static async Task<JsonElement> ShouldBeRuleAsync(HttpResponseMessage response, int status, string slug, string? ruleId)
    {
        var problem = await response.ShouldBeProblemAsync(status, slug);
        if (ruleId is not null)
        {
            Assert.Equal(ruleId, problem.StringOrNull("ruleId"));
        }

        return problem;
    }

    private static List<string> ErrorFields(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToList();

    private static async Task<string> IdAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Setup: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private async Task PublishAndWaitAsync(JointProjectStatusChanged message, int expected)
    {
        await stack.Proposals.Services.GetRequiredService<IBus>().Publish(message);
        var count = await Eventually.GetAsync(
            () => stack.Proposals.QueryAsync<ProposalsDbContext, int>(db => db.UnfinishedProjects.CountAsync()),
            c => c == expected);
        Assert.Equal(expected, count);
    }
}
