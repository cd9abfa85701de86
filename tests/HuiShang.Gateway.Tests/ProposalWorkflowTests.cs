using HuiShang.Contracts.Proposals.V1;
using HuiShang.Gateway.Tests.Infrastructure;
using Grpc.Core;
using HuiShang.Contracts;

namespace HuiShang.Gateway.Tests;

/// <summary>Editing (If-Match), submitting, returning, withdrawing, listing and history of proposals.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ProposalWorkflowTests
{
    private readonly GatewayFixture _fixture;
    private readonly string _city;
    private readonly string _planning;

    public ProposalWorkflowTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        _city = fixture.Auth.TokenFor("city-bureau@450100");
        _planning = fixture.Auth.TokenFor("province-planning@450000");
        fixture.Script.Reset();
    }

    private string ProposalPath => $"/api/proposals/{Payloads.ProposalId}";

    [Fact]
    public async Task Creating_forwards_the_figures_as_decimal_text_and_returns_them()
    {
        var json = Payloads.ValidProposal.Replace(
            "\"topics\":", "\"figures\": {\"rdGdpRatio\": 2.35, \"rdGdpRatioPrevious\": 2.10, \"fiscalStSpendingGrowth\": -1.5, \"regularRevenueGrowth\": 3},\n  \"topics\":", StringComparison.Ordinal);

        var response = await _fixture.Client.PostJsonAsync("/api/proposals", json, _city);

        Assert.Equal(201, (int)response.StatusCode);
        var figures = Assert.IsType<CreateProposalRequest>(Assert.Single(_fixture.Script.Calls).Request).Figures;
        Assert.Equal(("2.35", "2.10", "-1.5", "3"), (figures.RdGdpRatio, figures.RdGdpRatioPrevious, figures.FiscalStSpendingGrowth, figures.RegularRevenueGrowth));
        var body = (await response.ReadJsonAsync()).GetProperty("figures");
        Assert.Equal(2.35m, body.GetProperty("rdGdpRatio").GetDecimal());
        Assert.Equal(-1.5m, body.GetProperty("fiscalStSpendingGrowth").GetDecimal());
    }

    [Fact]
    public async Task A_proposal_without_figures_sends_none_and_reads_back_null()
    {
        var response = await _fixture.Client.PostJsonAsync("/api/proposals", Payloads.ValidProposal, _city);

        Assert.Null(Assert.IsType<CreateProposalRequest>(Assert.Single(_fixture.Script.Calls).Request).Figures);
        var body = await response.ReadJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("figures").ValueKind);
        Assert.False(body.GetProperty("themeCity").GetBoolean());
        Assert.Equal("", body.GetProperty("selectionTier").GetString());
    }

    [Fact]
    public async Task Editing_passes_if_match_as_expected_version_and_answers_the_new_etag()
    {
        var response = await _fixture.Client.SendJsonAsync(HttpMethod.Put, ProposalPath, Payloads.ValidUpdate, _city, "\"7\"");

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("UpdateProposal", "Bearer " + _city), (call.Method, call.Authorization));
        var sent = Assert.IsType<UpdateProposalRequest>(call.Request);
        Assert.Equal((Payloads.ProposalId, 7L), (sent.Id, sent.ExpectedVersion));
        Assert.Equal("南宁市 2026 年厅市会商建议（修改）", sent.Title);
        Assert.Equal("2026-07-01", sent.PlannedMeetingOn.Text());
        Assert.Equal("1000.00", Assert.Single(sent.Topics).RequestedSupport.Text());
        Assert.Equal("2.35", sent.Figures.RdGdpRatio);
        Assert.Equal("\"8\"", response.Headers.ETag?.ToString());
        var body = await response.ReadJsonAsync();
        Assert.Equal(8, body.GetProperty("version").GetInt64());
        Assert.Equal(2.1m, body.GetProperty("figures").GetProperty("rdGdpRatioPrevious").GetDecimal());
    }

    [Fact]
    public async Task Editing_without_if_match_is_428_and_the_service_is_not_called()
    {
        var response = await _fixture.Client.SendJsonAsync(HttpMethod.Put, ProposalPath, Payloads.ValidUpdate, _city);

        await response.ShouldBeProblemAsync(428, "precondition-required");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("W/\"7\"")]
    [InlineData("*")]
    [InlineData("\"abc\"")]
    [InlineData("\"0\"")]
    [InlineData("\"-3\"")]
    [InlineData("\"7\", \"8\"")]
    public async Task A_malformed_if_match_is_a_validation_problem_naming_the_header(string ifMatch)
    {
        var put = await _fixture.Client.SendJsonAsync(HttpMethod.Put, ProposalPath, Payloads.ValidUpdate, _city, ifMatch);
        var submit = await _fixture.Client.SendJsonAsync(HttpMethod.Post, ProposalPath + "/submit", null, _city, ifMatch);

        Assert.NotEmpty((await put.ShouldBeProblemAsync(400, "validation")).ErrorsFor("If-Match"));
        Assert.NotEmpty((await submit.ShouldBeProblemAsync(400, "validation")).ErrorsFor("If-Match"));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_stale_edit_is_409_concurrency_conflict()
    {
        _fixture.Script.FailWith = () => new RpcException(new Status(StatusCode.Aborted, "该建议已被他人修改，请刷新后重试。"));

        var response = await _fixture.Client.SendJsonAsync(HttpMethod.Put, ProposalPath, Payloads.ValidUpdate, _city, "\"6\"");

        var problem = await response.ShouldBeProblemAsync(409, "concurrency-conflict");
        Assert.Equal("该建议已被他人修改，请刷新后重试。", problem.StringOrNull("detail"));
    }

    [Theory]
    [InlineData("""{"title": "t", "plannedMeetingOn": "2026-7-1", "topics": []}""", "plannedMeetingOn")]
    [InlineData("""{"title": "t", "topics": [{"title": "x", "category": "c", "field": "f", "requestedSupport": 1}], "figures": {"rdGdpRatio": "2.35"}}""", "figures.rdGdpRatio")]
    [InlineData("""{"title": "t", "topics": [null]}""", "topics[0]")]
    [InlineData("""{"title": "t", "topics": [{"title": "x", "category": "c", "field": "f", "requestedSupport": 1}], "figures": []}""", "figures")]
    [InlineData("""{"title": 5}""", "title")]
    [InlineData("{", "body")]
    public async Task A_bad_edit_is_a_validation_problem_naming_the_field(string body, string field)
    {
        var response = await _fixture.Client.SendJsonAsync(HttpMethod.Put, ProposalPath, body, _city, "\"7\"");

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task Bad_figures_on_create_are_named_too()
    {
        var json = Payloads.ValidProposal.Replace("\"topics\":", "\"figures\": {\"regularRevenueGrowth\": true},\n  \"topics\":", StringComparison.Ordinal);

        var response = await _fixture.Client.PostJsonAsync("/api/proposals", json, _city);

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor("figures.regularRevenueGrowth"));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData(null, 0L)]
    [InlineData("\"7\"", 7L)]
    public async Task Submitting_passes_an_optional_if_match(string? ifMatch, long expected)
    {
        var response = await _fixture.Client.SendJsonAsync(HttpMethod.Post, ProposalPath + "/submit", null, _city, ifMatch);

        Assert.Equal(200, (int)response.StatusCode);
        var sent = Assert.IsType<SubmitProposalRequest>(Assert.Single(_fixture.Script.Calls).Request);
        Assert.Equal((Payloads.ProposalId, expected), (sent.Id, sent.ExpectedVersion));
        Assert.Equal("gx/2019-01-01", (await response.ReadJsonAsync()).GetProperty("policyVersion").GetString());
    }

    [Fact]
    public async Task Returning_forwards_the_reason_and_answers_the_new_etag()
    {
        var response = await _fixture.Client.PostJsonAsync(ProposalPath + "/return", Payloads.ValidReturn, _planning);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("ReturnProposal", "Bearer " + _planning), (call.Method, call.Authorization));
        var sent = Assert.IsType<ReturnProposalRequest>(call.Request);
        Assert.Equal((Payloads.ProposalId, "请补充上一轮会商总结。"), (sent.Id, sent.Reason));
        Assert.Equal($"\"{FakeProposalsService.Version + 1}\"", response.Headers.ETag?.ToString());
        var body = await response.ReadJsonAsync();
        Assert.Equal("returned", body.GetProperty("status").GetString());
        Assert.Equal("请补充上一轮会商总结。", body.GetProperty("decisionReason").GetString());
    }

    [Theory]
    [InlineData("""{"reason": 3}""")]
    [InlineData("""{"reason": ["x"]}""")]
    public async Task Returning_without_a_reason_is_a_validation_problem(string body)
    {
        var response = await _fixture.Client.PostJsonAsync(ProposalPath + "/return", body, _planning);

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor("reason"));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task Withdrawing_forwards_the_id_and_answers_the_new_etag()
    {
        var response = await _fixture.Client.SendJsonAsync(HttpMethod.Post, ProposalPath + "/withdraw", null, _city);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("WithdrawProposal", "Bearer " + _city), (call.Method, call.Authorization));
        Assert.Equal(Payloads.ProposalId, Assert.IsType<WithdrawProposalRequest>(call.Request).Id);
        Assert.Equal($"\"{FakeProposalsService.Version + 1}\"", response.Headers.ETag?.ToString());
        Assert.Equal("withdrawn", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData("?status=Submitted", "", "Submitted")]
    [InlineData($"?callId={FakeProposalsService.CallId}&status=draft", FakeProposalsService.CallId, "draft")]
    public async Task Listing_forwards_the_filters(string query, string callId, string status)
    {
        var response = await _fixture.Client.GetAsync("/api/proposals" + query, _planning);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("ListProposals", "Bearer " + _planning), (call.Method, call.Authorization));
        var sent = Assert.IsType<ListProposalsRequest>(call.Request);
        Assert.Equal((callId, status), (sent.CallId, sent.Status));
        var item = Assert.Single((await response.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("450000", item.GetProperty("regionCode").GetString());
    }

    [Theory]
    [InlineData("?callId=call-2026", "callId")]
    [InlineData("?callId=", "callId")]
    [InlineData("?status=a%20b", "status")]
    [InlineData("?status=", "status")]
    public async Task A_bad_list_filter_is_a_validation_problem(string query, string field)
    {
        var response = await _fixture.Client.GetAsync("/api/proposals" + query, _planning);

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task History_maps_every_entry()
    {
        var response = await _fixture.Client.GetAsync(ProposalPath + "/history", _city);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("GetProposalHistory", "Bearer " + _city), (call.Method, call.Authorization));
        Assert.Equal(Payloads.ProposalId, Assert.IsType<GetProposalHistoryRequest>(call.Request).Id);
        var items = (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(("submitted", "draft", "submitted", 2), (items[1].GetProperty("action").GetString(), items[1].GetProperty("fromStatus").GetString(), items[1].GetProperty("toStatus").GetString(), items[1].GetProperty("version").GetInt32()));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero), items[1].GetProperty("at").GetDateTimeOffset());
        Assert.Equal("city-bureau@450100", items[0].GetProperty("by").GetString());
    }

    [Theory]
    [InlineData("PUT", "")]
    [InlineData("POST", "/submit")]
    [InlineData("POST", "/return")]
    [InlineData("POST", "/withdraw")]
    [InlineData("GET", "/history")]
    public async Task A_proposal_id_that_is_not_a_guid_is_404_without_calling_the_service(string method, string suffix)
    {
        var response = await _fixture.Client.SendJsonAsync(new HttpMethod(method), "/api/proposals/p-1" + suffix, method == "GET" ? null : "{}", _city, "\"7\"");

        await response.ShouldBeProblemAsync(404, "not-found");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData(StatusCode.FailedPrecondition, 409)]
    [InlineData(StatusCode.InvalidArgument, 400)]
    [InlineData(StatusCode.AlreadyExists, 409)]
    [InlineData(StatusCode.Aborted, 409)]
    public async Task Rule_refusals_of_the_new_endpoints_keep_type_and_rule_id(StatusCode code, int status)
    {
        _fixture.Script.FailWith = () => ProblemStatus.Create(code, "本年度征集窗口已于 3 月 31 日关闭。", "window-closed", "GX-10");

        var responses = new[]
        {
            await _fixture.Client.SendJsonAsync(HttpMethod.Put, ProposalPath, Payloads.ValidUpdate, _city, "\"7\""),
            await _fixture.Client.SendJsonAsync(HttpMethod.Post, ProposalPath + "/submit", null, _city, "\"7\""),
            await _fixture.Client.PostJsonAsync(ProposalPath + "/return", Payloads.ValidReturn, _planning),
            await _fixture.Client.SendJsonAsync(HttpMethod.Post, ProposalPath + "/withdraw", null, _city),
        };

        foreach (var response in responses)
        {
            var problem = await response.ShouldBeProblemAsync(status, "window-closed");
            Assert.Equal("GX-10", problem.StringOrNull("ruleId"));
            Assert.Equal("本年度征集窗口已于 3 月 31 日关闭。", problem.StringOrNull("detail"));
        }
    }
}
