using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Validation written once: the gateway checks what JSON says that the wire cannot carry, the real
/// Proposals service checks everything else, and the client sees one problem naming every field the
/// service refused, with the API's field paths and nothing stored.
/// </summary>
public sealed class ProposalsValidationTests(ProposalsStack stack) : IClassFixture<ProposalsStack>
{
    [Fact]
    public async Task Missing_required_fields_are_all_named_at_once_by_the_service()
    {
        var problem = await (await PostAsync("/api/proposals", "{}", ProposalsStack.NanningBureau)).ShouldBeProblemAsync(400, "validation");

        Assert.Equal(["Required."], problem.ErrorsFor("callId"));
        Assert.Equal(["Required."], problem.ErrorsFor("title"));
        Assert.Equal(["Required."], problem.ErrorsFor("plannedMeetingOn"));
        Assert.NotEmpty(problem.ErrorsFor("topics"));
    }

    [Fact]
    public async Task Topic_fields_are_named_with_their_index_and_a_null_topic_by_the_gateway()
    {
        var topics = """
            [{"title": "ok", "category": "c", "field": "f", "requestedSupport": 1},
             {"title": " ", "requestedSupport": -5},
             {"title": "x", "category": "c", "field": "f", "requestedSupport": 1.005}]
            """;
        var body = Body(topics);

        var problem = await (await PostAsync("/api/proposals", body, ProposalsStack.NanningBureau)).ShouldBeProblemAsync(400, "validation");
        var withNull = await (await PostAsync("/api/proposals", Body("[null]"), ProposalsStack.NanningBureau)).ShouldBeProblemAsync(400, "validation");

        Assert.Equal(["Required."], problem.ErrorsFor("topics[1].title"));
        Assert.Equal(["Required."], problem.ErrorsFor("topics[1].category"));
        Assert.Equal(["Must not be negative."], problem.ErrorsFor("topics[1].requestedSupport"));
        Assert.Equal(["At most two decimals (fen)."], problem.ErrorsFor("topics[2].requestedSupport"));
        Assert.False(problem.GetProperty("errors").TryGetProperty("topics[0].title", out _));
        Assert.Equal(["Required."], withNull.ErrorsFor("topics[0]"));
    }

    [Theory]
    [InlineData("""{"title": " ", "plannedMeetingOn": "2026-06-18", "topics": []}""", "title")]
    [InlineData("""{"title": "t", "plannedMeetingOn": "2026-06-18", "topics": []}""", "topics")]
    [InlineData("""{"title": "t", "plannedMeetingOn": "2026-06-18", "topics": [{"title": "x", "category": "c", "field": "f", "requestedSupport": 1}], "figures": {"rdGdpRatio": -1}}""", "figures.rdGdpRatio")]
    public async Task A_bad_edit_is_refused_by_the_service_naming_the_field_and_the_draft_is_unchanged(string body, string field)
    {
        var draft = await stack.DraftAsync();

        var response = await stack.Client.SendJsonAsync(HttpMethod.Put, $"/api/proposals/{draft.Id}", body, stack.Token(ProposalsStack.NanningBureau), "\"1\"");

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
        var stored = await stack.Client.SendJsonAsync(HttpMethod.Get, $"/api/proposals/{draft.Id}", null, stack.Token(ProposalsStack.NanningBureau));
        Assert.Equal("\"1\"", stored.Headers.ETag?.ToString());
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\u202e")]
    public async Task A_title_with_a_control_character_or_a_bidi_override_is_refused_naming_the_title(string escaped)
    {
        // Issue 12 (3): the JSON escape reaches the service as the character itself; PostgreSQL used to answer 502 for NUL.
        var topics = """[{"title": "ok", "category": "c", "field": "f", "requestedSupport": 1}]""";
        var body = $$"""{"callId": "{{stack.GuangxiCallId}}", "title": "南宁{{escaped}}建议", "plannedMeetingOn": "2026-06-18", "topics": {{topics}}}""";

        var problem = await (await PostAsync("/api/proposals", body, ProposalsStack.NanningBureau)).ShouldBeProblemAsync(400, "validation");

        Assert.Equal([FieldMessages.UnsafeCharacters], problem.ErrorsFor("title"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"reason": "  "}""")]
    public async Task Returning_without_a_reason_is_refused_by_the_service(string body)
    {
        var submitted = await stack.SubmittedAsync();

        var response = await PostAsync($"/api/proposals/{submitted.Id}/return", body, ProposalsStack.GuangxiPlanning);

        Assert.Equal(["Required."], (await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor("reason"));
    }

    [Theory]
    [InlineData("""{"year": 1999}""", "year", "A year from 2000 to 2100.")]
    [InlineData("""{"year": 2031, "opensOn": "2031-04-01", "closesOn": "2031-03-31"}""", "closesOn", "Must not be before opensOn.")]
    public async Task A_bad_call_is_refused_by_the_service_naming_the_field(string body, string field, string message)
    {
        var response = await PostAsync("/api/calls", body, ProposalsStack.GuangxiPlanning);

        Assert.Equal([message], (await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
    }

    [Fact]
    public async Task A_bad_selection_is_refused_by_the_service_and_the_policy_with_the_api_field_names()
    {
        var submitted = stack.NanningSubmittedId;

        var noKey = await SelectAsync("""{"general": []}""");
        var twice = await SelectAsync($$"""{"key": "{{submitted}}", "general": ["{{submitted}}"]}""");
        var noId = await SelectAsync($$"""{"key": "{{submitted}}", "general": [], "extra": [{"reason": "r"}]}""");

        Assert.NotEmpty((await noKey.ShouldBeProblemAsync(400, "validation")).ErrorsFor("key"));
        Assert.Equal(["A proposal can be chosen once."], (await twice.ShouldBeProblemAsync(400, "validation")).ErrorsFor("general[0]"));
        Assert.NotEmpty((await noId.ShouldBeProblemAsync(400, "validation")).ErrorsFor("extra[0].proposalId"));
        var stored = await stack.Client.SendJsonAsync(HttpMethod.Get, $"/api/proposals/{submitted}", null, stack.Token(ProposalsStack.NanningBureau));
        Assert.Contains("\"status\":\"Submitted\"", await stored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SelectAsync(string body) =>
        PostAsync($"/api/calls/{stack.GuangxiCallId}/selection", body, ProposalsStack.GuangxiPlanning);

    private Task<HttpResponseMessage> PostAsync(string path, string body, string user) =>
        stack.Client.PostJsonAsync(path, body, stack.Token(user));

    private string Body(string topics) =>
        $$"""{"callId": "{{stack.GuangxiCallId}}", "title": "t", "plannedMeetingOn": "2026-06-18", "topics": {{topics}}}""";
}
