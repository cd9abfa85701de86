using System.Diagnostics;
using HuiShang.Gateway.Tests.Infrastructure;
using Grpc.Core;
using HuiShang.Contracts;

namespace HuiShang.Gateway.Tests;

/// <summary>Every gRPC status a service can answer becomes the documented HTTP problem.</summary>
[Collection(GatewayCollection.Name)]
public sealed class StatusMappingTests
{
    private const string ServiceSecret = "stack trace of db at 10.0.0.7";

    private readonly GatewayFixture _fixture;

    public StatusMappingTests(GatewayFixture fixture)
    {
        _fixture = fixture;
        fixture.Script.Reset();
    }

    public static TheoryData<StatusCode, int, string> Mapping => new()
    {
        { StatusCode.InvalidArgument, 400, "validation" },
        { StatusCode.NotFound, 404, "not-found" },
        { StatusCode.AlreadyExists, 409, "already-exists" },
        { StatusCode.FailedPrecondition, 409, "invalid-state" },
        { StatusCode.Aborted, 409, "concurrency-conflict" },
        { StatusCode.PermissionDenied, 403, "forbidden" },
        { StatusCode.Unauthenticated, 401, "unauthenticated" },
        { StatusCode.ResourceExhausted, 502, "upstream-error" },
        { StatusCode.Unavailable, 503, "service-unavailable" },
        { StatusCode.DeadlineExceeded, 503, "service-unavailable" },
        { StatusCode.Internal, 502, "upstream-error" },
        { StatusCode.Unknown, 502, "upstream-error" },
        { StatusCode.Unimplemented, 502, "upstream-error" },
        { StatusCode.DataLoss, 502, "upstream-error" },
        { StatusCode.OutOfRange, 502, "upstream-error" },
        { StatusCode.Cancelled, 502, "upstream-error" },
    };

    [Theory]
    [MemberData(nameof(Mapping))]
    public async Task A_service_status_becomes_its_problem(StatusCode code, int httpStatus, string slug)
    {
        _fixture.Script.FailWith = () => new RpcException(new Status(code, httpStatus < 500 ? "说明: the service's own words" : ServiceSecret));

        var response = await _fixture.Client.GetAsync($"/api/proposals/{Payloads.ProposalId}", _fixture.Auth.TokenFor("city-bureau@450100"));

        var problem = await response.ShouldBeProblemAsync(httpStatus, slug);
        Assert.Single(_fixture.Script.Calls);
        if (httpStatus < 500)
        {
            // Client errors keep the service's detail, in whatever language it was written.
            Assert.Equal("说明: the service's own words", problem.StringOrNull("detail"));
        }
        else
        {
            Assert.DoesNotContain(ServiceSecret, problem.ToString(), StringComparison.Ordinal);
            Assert.Contains("proposals", problem.StringOrNull("detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_reply_over_the_message_size_is_an_upstream_failure_not_429_and_names_no_size()
    {
        // Issue 12: a list past the 4 MiB message limit came back as 429 rate-limited (for good, and
        // with the limit's figure in the detail); waiting does not help, so it is not a 429.
        _fixture.Script.ReplyPaddingBytes = 5 * 1024 * 1024;

        var response = await _fixture.Client.GetAsync("/api/calls?year=2026", _fixture.Auth.TokenFor("province-planning@450000"));

        var problem = await response.ShouldBeProblemAsync(502, "upstream-error");
        Assert.False(response.Headers.Contains("Retry-After"));
        var detail = problem.StringOrNull("detail");
        Assert.Contains("proposals", detail, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d|message size", detail);
    }

    [Fact]
    public async Task The_same_mapping_applies_to_the_notifications_service()
    {
        _fixture.Script.FailWith = () => new RpcException(new Status(StatusCode.Unavailable, ServiceSecret));

        var response = await _fixture.Client.GetAsync("/api/inbox", _fixture.Auth.TokenFor("city-bureau@450100"));

        var problem = await response.ShouldBeProblemAsync(503, "service-unavailable");
        Assert.Contains("notifications", problem.StringOrNull("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_before_the_deadline_is_503()
    {
        _fixture.Script.Hang = true;
        var stopwatch = Stopwatch.StartNew();

        var response = await _fixture.Client.GetAsync($"/api/proposals/{Payloads.ProposalId}", _fixture.Auth.TokenFor("city-bureau@450100"));

        await response.ShouldBeProblemAsync(503, "service-unavailable");
        Assert.InRange(stopwatch.Elapsed, GatewayFixture.UpstreamTimeout - TimeSpan.FromMilliseconds(200), GatewayFixture.UpstreamTimeout + TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Field_violations_of_a_service_appear_in_errors_with_api_field_names()
    {
        _fixture.Script.FailWith = () => ProblemStatus.Create(StatusCode.InvalidArgument, "两处字段有误", fieldErrors: new Dictionary<string, string>
        {
            ["topics[0].requested_support"] = "超过上限",
            ["planned_meeting_on"] = "must be a weekday",
        });

        var response = await _fixture.Client.PostJsonAsync("/api/proposals", Payloads.ValidProposal, _fixture.Auth.TokenFor("city-bureau@450100"));

        var problem = await response.ShouldBeProblemAsync(400, "validation");
        Assert.Equal("两处字段有误", problem.StringOrNull("detail"));
        Assert.Equal(["超过上限"], problem.ErrorsFor("topics[0].requestedSupport"));
        Assert.Equal(["must be a weekday"], problem.ErrorsFor("plannedMeetingOn"));
    }
}
