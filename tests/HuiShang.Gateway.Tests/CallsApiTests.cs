using HuiShang.Contracts.Proposals.V1;
using HuiShang.Gateway.Tests.Infrastructure;
using Grpc.Core;
using HuiShang.Contracts;

namespace HuiShang.Gateway.Tests;

/// <summary>Calls for proposals and their selection: forwarding, mapping, bad input, rule refusals.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CallsApiTests
{
    private readonly GatewayFixture _fixture;
    private readonly string _planning;

    public CallsApiTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        _planning = fixture.Auth.TokenFor("province-planning@450000");
        fixture.Script.Reset();
    }

    [Fact]
    public async Task Creating_a_call_forwards_year_and_window_and_answers_201_with_location()
    {
        var response = await _fixture.Client.PostJsonAsync("/api/calls", Payloads.ValidCall, _planning);

        Assert.Equal(201, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("CreateCall", "Bearer " + _planning), (call.Method, call.Authorization));
        var sent = Assert.IsType<CreateCallRequest>(call.Request);
        Assert.Equal((2026, "2026-01-05", "2026-03-31"), (sent.Year, sent.OpensOn.Text(), sent.ClosesOn.Text()));
        Assert.Equal($"/api/calls/{FakeProposalsService.CallId}", response.Headers.Location?.OriginalString);
        var body = await response.ReadJsonAsync();
        Assert.Equal(FakeProposalsService.CallId, body.GetProperty("id").GetString());
        Assert.Equal(2026, body.GetProperty("year").GetInt32());
        Assert.Equal("2026-01-05", body.GetProperty("opensOn").GetString());
        Assert.Equal("gx/2019-01-01", body.GetProperty("policyVersion").GetString());
        Assert.Equal("450000", body.GetProperty("jurisdictionCode").GetString());
        Assert.Equal("Open", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_call_without_dates_leaves_the_window_to_the_service()
    {
        var response = await _fixture.Client.PostJsonAsync("/api/calls", """{"year": 2027}""", _planning);

        Assert.Equal(201, (int)response.StatusCode);
        var sent = Assert.IsType<CreateCallRequest>(Assert.Single(_fixture.Script.Calls).Request);
        Assert.Equal((2027, "", ""), (sent.Year, sent.OpensOn.Text(), sent.ClosesOn.Text()));
        Assert.Equal("2027-03-31", (await response.ReadJsonAsync()).GetProperty("closesOn").GetString());
    }

    [Fact]
    public async Task Reading_one_call_forwards_its_id_and_the_callers_token()
    {
        var token = _fixture.Auth.TokenFor("city-leader@450100");

        var response = await _fixture.Client.GetAsync($"/api/calls/{FakeProposalsService.CallId}", token);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("GetCall", "Bearer " + token), (call.Method, call.Authorization));
        Assert.Equal(FakeProposalsService.CallId, Assert.IsType<GetCallRequest>(call.Request).Id);
        Assert.Equal("2026-03-31", (await response.ReadJsonAsync()).GetProperty("closesOn").GetString());
    }

    [Theory]
    [InlineData("?year=2026", 2026)]
    [InlineData("", 0)]
    public async Task Listing_calls_forwards_the_year(string query, int year)
    {
        var token = _fixture.Auth.TokenFor("city-bureau@450100");

        var response = await _fixture.Client.GetAsync("/api/calls" + query, token);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("ListCalls", "Bearer " + token), (call.Method, call.Authorization));
        Assert.Equal(year, Assert.IsType<ListCallsRequest>(call.Request).Year);
        var item = Assert.Single((await response.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(FakeProposalsService.CallId, item.GetProperty("id").GetString());
        Assert.Equal("2026-03-31", item.GetProperty("closesOn").GetString());
    }

    [Fact]
    public async Task A_selection_forwards_key_general_and_extras_and_maps_both_lists()
    {
        var response = await _fixture.Client.PostJsonAsync($"/api/calls/{FakeProposalsService.CallId}/selection", Payloads.ValidSelection, _planning);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("SelectProposals", "Bearer " + _planning), (call.Method, call.Authorization));
        var sent = Assert.IsType<SelectProposalsRequest>(call.Request);
        Assert.Equal(FakeProposalsService.CallId, sent.CallId);
        Assert.Equal(Payloads.KeyId, sent.KeyProposalId);
        Assert.Equal([Payloads.GeneralId], sent.GeneralProposalIds);
        var extra = Assert.Single(sent.Extra);
        Assert.Equal((Payloads.ExtraId, "重大突发需求"), (extra.ProposalId, extra.Reason));

        var body = await response.ReadJsonAsync();
        Assert.Equal("gx/2019-01-01", body.GetProperty("policyVersion").GetString());
        var key = Assert.Single(body.GetProperty("selected").EnumerateArray());
        Assert.Equal(Payloads.KeyId, key.GetProperty("id").GetString());
        Assert.Equal("Key", key.GetProperty("selectionTier").GetString());
        Assert.True(key.GetProperty("themeCity").GetBoolean());
        var other = Assert.Single(body.GetProperty("notSelected").EnumerateArray());
        Assert.Equal("名额已满", other.GetProperty("decisionReason").GetString());
    }

    [Theory]
    [InlineData("{}", "year")]
    [InlineData("""{"year": "2026"}""", "year")]
    [InlineData("""{"year": 2026.5}""", "year")]
    [InlineData("""{"year": 2026, "opensOn": "2026/01/05"}""", "opensOn")]
    [InlineData("""{"year": 2026, "closesOn": "31.03.2026"}""", "closesOn")]
    [InlineData("""{"year": 2026,""", "body")]
    public async Task A_bad_call_is_a_validation_problem_naming_the_field(string body, string field)
    {
        var response = await _fixture.Client.PostJsonAsync("/api/calls", body, _planning);

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1999")]
    [InlineData("-2026")]
    public async Task A_bad_year_filter_is_a_validation_problem(string year)
    {
        var response = await _fixture.Client.GetAsync($"/api/calls?year={year}", _planning);

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor("year"));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData("""{"key": "not-a-guid", "general": []}""", "key")]
    [InlineData($$"""{"key": "{{Payloads.KeyId}}", "general": ["x"]}""", "general[0]")]
    [InlineData($$"""{"key": "{{Payloads.KeyId}}", "general": [null]}""", "general[0]")]
    [InlineData($$"""{"key": "{{Payloads.KeyId}}", "general": [], "extra": [null]}""", "extra[0]")]
    [InlineData($$"""{"key": "{{Payloads.KeyId}}", "general": [], "extra": [{"proposalId": 5, "reason": "r"}]}""", "extra[0].proposalId")]
    [InlineData("[]", "body")]
    public async Task A_bad_selection_is_a_validation_problem_naming_the_field(string body, string field)
    {
        var response = await _fixture.Client.PostJsonAsync($"/api/calls/{FakeProposalsService.CallId}/selection", body, _planning);

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_call_id_that_is_not_a_guid_is_404_without_calling_the_service()
    {
        var response = await _fixture.Client.PostJsonAsync("/api/calls/2026/selection", Payloads.ValidSelection, _planning);

        await response.ShouldBeProblemAsync(404, "not-found");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_closed_window_refusing_a_call_is_409_with_its_rule()
    {
        _fixture.Script.FailWith = () => ProblemStatus.Create(
            StatusCode.FailedPrecondition, "本年度征集窗口已于 3 月 31 日关闭。", "window-closed", "GX-10");

        var response = await _fixture.Client.PostJsonAsync("/api/calls", Payloads.ValidCall, _planning);

        var problem = await response.ShouldBeProblemAsync(409, "window-closed");
        Assert.Equal("GX-10", problem.StringOrNull("ruleId"));
    }

    [Theory]
    [InlineData(StatusCode.ResourceExhausted, 409, "quota-full", "GX-10")]
    [InlineData(StatusCode.FailedPrecondition, 409, "cycle-not-due", "GX-10")]
    [InlineData(StatusCode.InvalidArgument, 400, "quota-full", "GX-10")]
    [InlineData(StatusCode.AlreadyExists, 409, "already-selected", "GX-10")]
    [InlineData(StatusCode.Aborted, 409, "selection-changed", "GX-10")]
    public async Task A_refused_selection_carries_the_rule(StatusCode code, int status, string slug, string ruleId)
    {
        _fixture.Script.FailWith = () => ProblemStatus.Create(code, "refused", slug, ruleId);

        var response = await _fixture.Client.PostJsonAsync($"/api/calls/{FakeProposalsService.CallId}/selection", Payloads.ValidSelection, _planning);

        Assert.Equal(ruleId, (await response.ShouldBeProblemAsync(status, slug)).StringOrNull("ruleId"));
    }
}
