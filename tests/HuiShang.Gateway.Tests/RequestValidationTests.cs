using System.Net.Http.Headers;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// What the wire cannot carry (JSON types, a malformed body, null list entries) is answered by the
/// gateway itself with a problem naming the field; the service never sees it. What the service checks
/// is proven end to end (EndToEnd/ProposalsValidationTests).
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RequestValidationTests
{
    private readonly GatewayFixture _fixture;
    private readonly string _token;

    public RequestValidationTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        _token = fixture.Auth.TokenFor("city-bureau@450100");
        fixture.Script.Reset();
    }

    [Theory]
    [InlineData("""{"callId": "call-2026", """)]
    [InlineData("""{"callId": 'call-2026'}""")]
    [InlineData("not json at all")]
    [InlineData("""{"callId": "a",, "title": "b"}""")]
    public async Task Malformed_json_is_a_validation_problem_on_body(string body)
    {
        var problem = await Post(body, 400, "validation");

        Assert.Contains("not valid JSON", problem.ErrorsFor("body")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"callId": 2026, "title": "t", "topics": []}""", "callId")]
    [InlineData("""{"callId": "c", "title": ["t"], "topics": []}""", "title")]
    [InlineData("""{"callId": "c", "title": "t", "topics": {"title": "x"}}""", "topics")]
    [InlineData("""{"callId": "c", "title": "t", "plannedMeetingOn": "next June", "topics": []}""", "plannedMeetingOn")]
    [InlineData("""{"callId": "c", "title": "t", "cityMeetingOn": "2026-13-45", "topics": []}""", "cityMeetingOn")]
    [InlineData("""{"callId": "c", "title": "t", "topics": [{"title": "x", "category": "c", "field": "f", "requestedSupport": "1500000"}]}""", "topics[0].requestedSupport")]
    [InlineData("""{"callId": "c", "title": "t", "topics": [{"title": "x", "category": "c", "field": "f", "requestedSupport": true}]}""", "topics[0].requestedSupport")]
    public async Task A_value_of_the_wrong_type_is_a_validation_problem_naming_the_field(string body, string field)
    {
        var problem = await Post(body, 400, "validation");

        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task An_empty_body_is_a_validation_problem(string body)
    {
        var problem = await Post(body, 400, "validation");

        Assert.NotEmpty(problem.ErrorsFor("body"));
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413()
    {
        var padding = new string('x', 2 * 1024 * 1024);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/proposals")
        {
            Content = new StringContent($$"""{"callId": "c", "title": "{{padding}}", "topics": []}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _token);
        // As a client sending a large body should: Kestrel answers 413 from the Content-Length before the
        // body travels. Without it the server may close the connection while the 2 MiB are still being
        // written, and the client sees a reset instead of the answer (a flaky test, not a gateway fault).
        request.Headers.ExpectContinue = true;

        var response = await _fixture.Client.SendAsync(request);

        await response.ShouldBeProblemAsync(413, "payload-too-large");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_chunked_body_over_one_mebibyte_is_413_too()
    {
        // No Content-Length: Kestrel can only notice the size while the JSON is being read.
        var bytes = System.Text.Encoding.UTF8.GetBytes($$"""{"callId": "c", "title": "{{new string('x', 2 * 1024 * 1024)}}", "topics": []}""");
        var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _fixture.Client.SendAsync(HttpMethod.Post, "/api/proposals", "Bearer " + _token, content);

        await response.ShouldBeProblemAsync(413, "payload-too-large");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_content_type_is_415()
    {
        var response = await _fixture.Client.PostJsonAsync("/api/proposals", Payloads.ValidProposal, _token, "text/plain");

        await response.ShouldBeProblemAsync(415, "unsupported-media-type");
        Assert.Empty(_fixture.Script.Calls);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task An_inbox_limit_out_of_range_is_a_validation_problem(string limit)
    {
        var response = await _fixture.Client.GetAsync($"/api/inbox?limit={limit}", _token);

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor("limit"));
        Assert.Empty(_fixture.Script.Calls);
    }

    [Fact]
    public async Task A_method_the_resource_does_not_have_is_405()
    {
        var response = await _fixture.Client.SendAsync(HttpMethod.Delete, "/api/inbox", "Bearer " + _token);

        await response.ShouldBeProblemAsync(405, "method-not-allowed");
    }

    [Fact]
    public async Task A_browser_asking_for_html_still_gets_problem_json()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/inbox");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await _fixture.Client.SendAsync(request);

        await response.ShouldBeProblemAsync(401, "unauthenticated");
    }

    private async Task<System.Text.Json.JsonElement> Post(string body, int status, string slug)
    {
        var response = await _fixture.Client.PostJsonAsync("/api/proposals", body, _token);
        var problem = await response.ShouldBeProblemAsync(status, slug);
        Assert.Empty(_fixture.Script.Calls);
        return problem;
    }
}
