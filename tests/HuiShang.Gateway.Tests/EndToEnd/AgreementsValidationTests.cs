using System.Net;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Bad requests to the agreements endpoints answer 400 naming the fields, whoever refused them (the
/// gateway what the wire cannot carry: types, null entries, version 0; the service everything else,
/// before it loads the record), the record unchanged (its history does not grow); If-Match on versions
/// behaves as gateway/README.md says.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsValidationTests(AgreementsStack stack)
{
    private const string Planning = AgreementsStack.GxPlanning;
    private const string Director = AgreementsStack.GxDirector;
    private const string Leader = AgreementsStack.NanningLeader;
    private static readonly string RoundId = Guid.NewGuid().ToString();

    private readonly AgreementsSteps _steps = new(stack);

    /// <summary>(user, action, body, the fields the 400 must name).</summary>
    public static TheoryData<string, string, string, string[]> BadBodies() => new()
    {
        { Planning, "/versions", """{"items": []}""", ["text"] },
        { Planning, "/versions", """{"text": "t", "items": [{"title": "", "ownerSide": "both"}]}""", ["items[0].title", "items[0].ownerSide"] },
        { Planning, "/versions", """{"text": "t", "items": [{"title": "a", "ownerSide": "city", "dueOn": "2026/12/31"}]}""", ["items[0].dueOn"] },
        { Planning, "/versions", """{"text": "t", "items": [{"title": "a", "ownerSide": "city"}, {"title": "a", "ownerSide": "province"}]}""", ["items[1].title"] },
        { Planning, "/versions", """{"text": "t", "items": [], "commentRoundId": "round-1"}""", ["commentRoundId"] },
        { Planning, "/comment-rounds", """{"divisions": [], "dueOn": "2026-03-20"}""", ["divisions"] },
        { Planning, "/comment-rounds", """{"divisions": ["High Tech", "high-tech", "high-tech"]}""", ["divisions[0]", "divisions[2]", "dueOn"] },
        { Planning, "/comment-rounds", """{"divisions": ["high-tech", null], "dueOn": "2026-03-20", "version": 0}""", ["divisions[1]", "version"] },
        { Planning, "/comment-rounds", """{"divisions": ["high-tech"], "dueOn": "next week"}""", ["dueOn"] },
        { AgreementsStack.GxHighTech, "/comments", $$"""{"roundId": "{{RoundId}}"}""", ["text"] },
        { AgreementsStack.GxHighTech, "/comments", $$"""{"roundId": "{{RoundId}}", "text": "同意", "noComment": true}""", ["text"] },
        { AgreementsStack.GxHighTech, "/comments", """{"roundId": "r1", "text": "同意"}""", ["roundId"] },
        { Planning, $"/comment-rounds/{RoundId}/resolutions", """{"resolutions": []}""", ["resolutions"] },
        { Planning, $"/comment-rounds/{RoundId}/resolutions", $$"""{"resolutions": [{"commentId": "{{RoundId}}", "resolution": "maybe"}, {"resolution": "not-adopted"}]}""",
            ["resolutions[0].resolution", "resolutions[1].commentId", "resolutions[1].reason"] },
        { Director, "/director-review", """{"decision": "object", "reasons": ["x"]}""", ["decision"] },
        { Director, "/director-review", """{"decision": "return", "reasons": []}""", ["reasons"] },
        { Director, "/director-review", """{"decision": "return", "reasons": [" "]}""", ["reasons[0]"] },
        { Leader, "/city-review", """{"decision": "return", "reasons": ["x"]}""", ["decision"] },
        { Leader, "/city-review", """{"reasons": ["x"], "version": -1}""", ["version"] },
        { Leader, "/city-review", """{"reasons": ["x"]}""", ["decision"] },
        { Director, "/approvals", """{"version": 0}""", ["version"] },
        { Leader, "/sign", """{"version": "three"}""", ["version"] },
        { AgreementsStack.NanningBureau, "/formal-document", """{"issuedOn": "2026-3-1"}""", ["issuedOn"] },
        { AgreementsStack.NanningBureau, "/formal-document", """{"documentNumber": " "}""", ["documentNumber", "issuedOn"] },
        { Planning, "/meeting", """{"at": "2026-03-18 09:30", "place": ""}""", ["at", "place"] },
        { Planning, "/meeting", """{"at": "2026-03-18T09:30:00+08:00", "place": "会议室", "agenda": [""]}""", ["at", "agenda[0]"] },
        { Planning, "/renewal", """{"note": "续签"}""", ["renew"] },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task The_gateway_refuses_a_bad_body_naming_the_fields_and_nothing_changes(string user, string action, string body, string[] fields)
    {
        var id = stack.AgreementOf(Purposes.Validation);
        var before = await _steps.HistoryLengthAsync(id);

        var response = await _steps.Client.SendJsonAsync(HttpMethod.Post, AgreementsSteps.Path(id, action), body, stack.Token(user), ifMatch: "\"1\"");

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        foreach (var field in fields)
        {
            Assert.NotEmpty(problem.ErrorsFor(field));
        }

        Assert.Equal(before, await _steps.HistoryLengthAsync(id));
    }

    [Fact]
    public async Task The_services_own_checks_arrive_as_validation_problems_with_camel_case_fields()
    {
        var id = stack.AgreementOf(Purposes.Validation);

        // Well-formed for the gateway, refused by the service: an unknown division and a due date in the past.
        var response = await _steps.PostAsync(Planning, id, "/comment-rounds", """{"divisions": ["space-flight"], "dueOn": "2026-01-05"}""");

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor("divisions[0]"));
        Assert.NotEmpty(problem.ErrorsFor("dueOn"));
    }

    [Fact]
    public async Task GX17_GX15_dates_at_the_edge_of_the_calendar_are_validation_problems_from_the_service_not_500()
    {
        var id = stack.AgreementOf(Purposes.Validation);
        var before = await _steps.HistoryLengthAsync(id);

        // Well-formed for the gateway; the service keeps meetings within a year back and ten ahead, rounds within a year.
        var meeting = await _steps.PostAsync(Planning, id, "/meeting", """{"at": "0001-01-01T00:00", "place": "会议室"}""");
        Assert.NotEmpty((await meeting.ShouldBeProblemAsync(400, "validation")).ErrorsFor("at"));
        var round = await _steps.PostAsync(Planning, id, "/comment-rounds", """{"divisions": ["high-tech"], "dueOn": "9999-12-31"}""");
        Assert.NotEmpty((await round.ShouldBeProblemAsync(400, "validation")).ErrorsFor("dueOn"));

        Assert.Equal(before, await _steps.HistoryLengthAsync(id));
    }

    [Fact]
    public async Task If_Match_on_versions_absent_428_malformed_400_stale_409()
    {
        var id = stack.AgreementOf(Purposes.Validation);
        var body = AgreementsSteps.VersionBody("If-Match 检查。");

        await (await _steps.PostVersionAsync(Planning, id, null, body)).ShouldBeProblemAsync(428, "precondition-required");
        foreach (var malformed in new[] { "W/\"1\"", "*", "1", "\"1\", \"2\"", "\"0\"", "\"99999999999\"" })
        {
            var problem = await (await _steps.PostVersionAsync(Planning, id, malformed, body)).ShouldBeProblemAsync(400, "validation");
            Assert.NotEmpty(problem.ErrorsFor("If-Match"));
        }

        var etag = await _steps.ETagAsync(Planning, id);
        var created = await _steps.PostVersionAsync(Planning, id, etag, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await (await _steps.PostVersionAsync(Planning, id, etag, body)).ShouldBeProblemAsync(409, "concurrency-conflict");
    }

    [Fact]
    public async Task Bad_query_route_and_unknown_ids()
    {
        var token = stack.Token(Planning);
        var id = stack.AgreementOf(Purposes.Validation);

        var problem = await (await stack.Client.GetAsync("/api/agreements?status=Sign%20ed", token)).ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor("status"));
        await (await stack.Client.GetAsync($"/api/agreements/{Guid.NewGuid()}", token)).ShouldBeProblemAsync(404, "not-found");
        await (await stack.Client.GetAsync("/api/agreements/not-a-guid", token)).ShouldBeProblemAsync(404, "not-found");
        await (await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions/0"), token)).ShouldBeProblemAsync(404, "not-found");
        await (await stack.Client.GetAsync(AgreementsSteps.Path(id, "/versions/1/diff/0"), token)).ShouldBeProblemAsync(404, "not-found");
        await (await _steps.PostAsync(Planning, id, $"/comment-rounds/{Guid.NewGuid()}/resolutions",
            $$"""{"resolutions": [{"commentId": "{{Guid.NewGuid()}}", "resolution": "adopted"}]}""")).ShouldBeProblemAsync(404, "not-found");
    }

    [Fact]
    public async Task A_list_in_one_status_has_only_that_status()
    {
        var response = await stack.Client.GetAsync("/api/agreements?status=Drafting", stack.Token(Planning));
        var list = await AgreementsSteps.ExpectAsync(response, HttpStatusCode.OK, "List of drafts");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == stack.AgreementOf(Purposes.Liuzhou));
        Assert.All(list.GetProperty("items").EnumerateArray(), a => Assert.Equal("Drafting", a.GetProperty("status").GetString()));
    }
}
