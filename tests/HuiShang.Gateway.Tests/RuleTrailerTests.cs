using HuiShang.Gateway.Tests.Infrastructure;
using Grpc.Core;
using HuiShang.Contracts;

namespace HuiShang.Gateway.Tests;

/// <summary>
/// The rich-status convention: a service names the broken rule in google.rpc.ErrorInfo (reason =
/// slug, metadata ruleId); the gateway turns them into the problem's type and ruleId.
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
        Fail(StatusCode.FailedPrecondition, "本年度征集窗口已于 3 月 31 日关闭。", "window-closed", "GX-10");

        var response = await Submit();

        var problem = await response.ShouldBeProblemAsync(409, "window-closed");
        Assert.Equal("GX-10", problem.StringOrNull("ruleId"));
        Assert.Equal("本年度征集窗口已于 3 月 31 日关闭。", problem.StringOrNull("detail"));
        Assert.Equal("Intake window closed", problem.StringOrNull("title"));
    }

    [Fact]
    public async Task A_rule_the_gateway_has_no_title_for_still_gets_its_type()
    {
        Fail(StatusCode.FailedPrecondition, "no", "summary-missing", "XJ-4.2");

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
        Fail(StatusCode.FailedPrecondition, "no", "https://evil.example/x", "GX 10; drop");

        var problem = await (await Submit()).ShouldBeProblemAsync(409, "invalid-state");

        Assert.Null(problem.StringOrNull("ruleId"));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, 400, "lead-time")]
    [InlineData(StatusCode.AlreadyExists, 409, "quota-full")]
    [InlineData(StatusCode.Aborted, 409, "cycle-not-due")]
    [InlineData(StatusCode.ResourceExhausted, 409, "cap-exceeded")]
    public async Task Rule_trailers_are_honoured_for_every_client_error_status(StatusCode code, int status, string slug)
    {
        Fail(code, "refused", slug, "GX-13");

        var problem = await (await Submit()).ShouldBeProblemAsync(status, slug);

        Assert.Equal("GX-13", problem.StringOrNull("ruleId"));
    }

    [Theory]
    [InlineData(StatusCode.NotFound, 404, "not-found")]
    [InlineData(StatusCode.PermissionDenied, 403, "forbidden")]
    [InlineData(StatusCode.Internal, 502, "upstream-error")]
    public async Task Rule_trailers_cannot_change_not_found_permission_or_server_errors(StatusCode code, int status, string slug)
    {
        Fail(code, "no", "window-closed", "GX-10");

        var problem = await (await Submit()).ShouldBeProblemAsync(status, slug);

        Assert.Null(problem.StringOrNull("ruleId"));
    }

    private void Fail(StatusCode code, string detail, string? problemType = null, string? ruleId = null) =>
        _fixture.Script.FailWith = () => ProblemStatus.Create(code, detail, problemType, ruleId);

    private Task<HttpResponseMessage> Submit() =>
        _fixture.Client.PostJsonAsync($"/api/proposals/{Payloads.ProposalId}/submit", "", _fixture.Auth.TokenFor("city-bureau@450100"));
}
