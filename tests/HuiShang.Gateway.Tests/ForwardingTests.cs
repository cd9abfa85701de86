using System.Text.Json;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests;

/// <summary>Successful calls: the caller's token reaches the service, fields map both ways, ETag and Location are set.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ForwardingTests
{
    private readonly GatewayFixture _fixture;

    public ForwardingTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    [Fact]
    public async Task Creating_a_proposal_forwards_the_token_and_the_fields_and_answers_201_with_location_and_etag()
    {
        var token = _fixture.Auth.TokenFor("city-bureau@450100");

        var response = await _fixture.Client.PostJsonAsync("/api/proposals", Payloads.ValidProposal, token);

        Assert.Equal(201, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal("CreateProposal", call.Method);
        Assert.Equal("Bearer " + token, call.Authorization);
        var sent = Assert.IsType<CreateProposalRequest>(call.Request);
        Assert.Equal("call-2026", sent.CallId);
        Assert.Equal("南宁市 2026 年厅市会商建议", sent.Title);
        Assert.Equal("2026-06-15", sent.PlannedMeetingOn.Text());
        Assert.Equal("2026-01-20", sent.CityMeetingOn.Text());
        Assert.Equal("上一轮议定事项均已落实。", sent.PreviousRoundSummary);
        var topic = Assert.Single(sent.Topics);
        Assert.Equal(("人工智能创新平台", "key-project", "ai", "1500000.50"), (topic.Title, topic.Category, topic.Field, topic.RequestedSupport.Text()));
        Assert.Equal(("已建成算力中心", "符合自治区十四五规划", "共建实验室"), (topic.PriorWork, topic.Alignment, topic.NextSteps));

        var body = await response.ReadJsonAsync();
        var id = body.GetProperty("id").GetString();
        Assert.Equal($"/api/proposals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{FakeProposalsService.Version}\"", response.Headers.ETag?.ToString());
        Assert.Equal(FakeProposalsService.Version, body.GetProperty("version").GetInt64());
        // The service read the region from the forwarded token, not from the request.
        Assert.Equal("450100", body.GetProperty("regionCode").GetString());
        Assert.Equal("city-bureau@450100", body.GetProperty("createdBy").GetString());
        Assert.Equal(1500000.50m, body.GetProperty("topics")[0].GetProperty("requestedSupport").GetDecimal());
        Assert.Equal("2026-06-15", body.GetProperty("plannedMeetingOn").GetString());
    }

    [Fact]
    public async Task Reading_a_proposal_returns_it_with_its_version_as_etag()
    {
        var token = _fixture.Auth.TokenFor("province-planning@450000");

        var response = await _fixture.Client.GetAsync($"/api/proposals/{Payloads.ProposalId}", token);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal($"\"{FakeProposalsService.Version}\"", response.Headers.ETag?.ToString());
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal("Bearer " + token, call.Authorization);
        Assert.Equal(Payloads.ProposalId, Assert.IsType<GetProposalRequest>(call.Request).Id);
        var body = await response.ReadJsonAsync();
        Assert.Equal(Payloads.ProposalId, body.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("submittedAt").ValueKind);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 8, 30, 0, TimeSpan.Zero), body.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Submitting_forwards_the_id_and_token_and_returns_the_new_version()
    {
        var token = _fixture.Auth.TokenFor("city-bureau@450100");

        var response = await _fixture.Client.PostJsonAsync($"/api/proposals/{Payloads.ProposalId}/submit", "", token);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("SubmitProposal", "Bearer " + token), (call.Method, call.Authorization));
        Assert.Equal(Payloads.ProposalId, Assert.IsType<SubmitProposalRequest>(call.Request).Id);
        Assert.Equal($"\"{FakeProposalsService.Version + 1}\"", response.Headers.ETag?.ToString());
        Assert.Equal("submitted", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_inbox_forwards_the_token_and_the_limit_and_returns_the_items()
    {
        var token = _fixture.Auth.TokenFor("province-planning@450000");

        var response = await _fixture.Client.GetAsync("/api/inbox?limit=20", token);

        Assert.Equal(200, (int)response.StatusCode);
        var call = Assert.Single(_fixture.Script.Calls);
        Assert.Equal(("ListInbox", "Bearer " + token), (call.Method, call.Authorization));
        Assert.Equal(20, Assert.IsType<ListInboxRequest>(call.Request).Page.PageSize);
        var item = Assert.Single((await response.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("cn.huishang.proposal.submitted.v1", item.GetProperty("type").GetString());
        Assert.Equal("450000", item.GetProperty("regionCode").GetString());
    }

    [Fact]
    public async Task The_inbox_leaves_the_page_size_to_the_service_by_default()
    {
        await _fixture.Client.GetAsync("/api/inbox", _fixture.Auth.TokenFor("city-leader@450100"));

        Assert.Equal(0, Assert.IsType<ListInboxRequest>(Assert.Single(_fixture.Script.Calls).Request).Page.PageSize);
    }

    [Fact]
    public async Task A_proposal_id_that_is_not_a_guid_is_404_without_calling_the_service()
    {
        var response = await _fixture.Client.GetAsync("/api/proposals/not-an-id", _fixture.Auth.TokenFor("city-bureau@450100"));

        await response.ShouldBeProblemAsync(404, "not-found");
        Assert.Empty(_fixture.Script.Calls);
    }
}
