using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Grpc;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// The trailer convention: a service names the broken rule with "problem-type" (slug) and
/// "rule-id"; the gateway turns them into the problem's type and ruleId.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class RuleTrailerTests
{
    private readonly GatewayFixture _fixture;

    public RuleTrailerTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    [Fact]
    public async Task A_refused_submission_names_the_rule_type_and_id()
    {
        Fail(StatusCode.FailedPrecondition, "本年度征集窗口已于 3 月 31 日关闭。", ("problem-type", "window-closed"), ("rule-id", "GX-10"));

        var response = await Submit();

        var problem = await response.ShouldBeProblemAsync(409, "window-closed");
        Assert.Equal("GX-10", problem.StringOrNull("ruleId"));
        Assert.Equal("本年度征集窗口已于 3 月 31 日关闭。", problem.StringOrNull("detail"));
        Assert.Equal("Intake window closed", problem.StringOrNull("title"));
    }

    [Fact]
    public async Task A_rule_the_gateway_has_no_title_for_still_gets_its_type()
    {
        Fail(StatusCode.FailedPrecondition, "no", ("problem-type", "summary-missing"), ("rule-id", "XJ-4.2"));

        var problem = await (await Submit()).ShouldBeProblemAsync(409, "summary-missing");

        Assert.Equal("XJ-4.2", problem.StringOrNull("ruleId"));
    }

    [Fact]
    public async Task Without_trailers_a_failed_precondition_is_invalid_state_without_rule_id()
    {
        Fail(StatusCode.FailedPrecondition, "already submitted");

        var problem = await (await Submit()).ShouldBeProblemAsync(409, "invalid-state");

        Assert.Null(problem.StringOrNull("ruleId"));
    }

    [Fact]
    public async Task Trailer_values_that_do_not_fit_the_pattern_are_ignored()
    {
        Fail(StatusCode.FailedPrecondition, "no", ("problem-type", "https://evil.example/x"), ("rule-id", "GX 10; drop"));

        var problem = await (await Submit()).ShouldBeProblemAsync(409, "invalid-state");

        Assert.Null(problem.StringOrNull("ruleId"));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, 400, "lead-time")]
    [InlineData(StatusCode.AlreadyExists, 409, "quota-full")]
    [InlineData(StatusCode.Aborted, 409, "cycle-not-due")]
    [InlineData(StatusCode.ResourceExhausted, 429, "cap-exceeded")]
    public async Task Rule_trailers_are_honoured_for_every_client_error_status(StatusCode code, int status, string slug)
    {
        Fail(code, "refused", ("problem-type", slug), ("rule-id", "GX-13"));

        var problem = await (await Submit()).ShouldBeProblemAsync(status, slug);

        Assert.Equal("GX-13", problem.StringOrNull("ruleId"));
    }

    [Theory]
    [InlineData(StatusCode.NotFound, 404, "not-found")]
    [InlineData(StatusCode.PermissionDenied, 403, "forbidden")]
    [InlineData(StatusCode.Internal, 502, "upstream-error")]
    public async Task Rule_trailers_cannot_change_not_found_permission_or_server_errors(StatusCode code, int status, string slug)
    {
        Fail(code, "no", ("problem-type", "window-closed"), ("rule-id", "GX-10"));

        var problem = await (await Submit()).ShouldBeProblemAsync(status, slug);

        Assert.Null(problem.StringOrNull("ruleId"));
    }

    private void Fail(StatusCode code, string detail, params (string Key, string Value)[] trailers)
    {
        _fixture.Script.FailWith = () =>
        {
            var metadata = new Metadata();
            foreach (var (key, value) in trailers)
            {
                metadata.Add(key, value);
            }

            return new RpcException(code, detail, metadata);
        };
    }

    private Task<HttpResponseMessage> Submit() =>
        _fixture.Client.PostJsonAsync($"/api/proposals/{Payloads.ProposalId}/submit", "", _fixture.Auth.TokenFor("city-bureau@450100"));
}
