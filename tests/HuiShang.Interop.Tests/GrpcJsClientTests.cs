using System.Text.Json;

namespace HuiShang.Interop.Tests;

/// <summary>
/// A grpc-js client (tests/interop/proposals-client.js) calls the real Proposals service: status codes
/// and the rich error model (google.rpc.Status in grpc-status-details-bin) must reach a peer that
/// knows nothing of our code. One run of the script (the class fixture) serves every test here.
/// </summary>
public sealed class GrpcJsClientTests(ProposalsClientReport client) : IClassFixture<ProposalsClientReport>
{
    private const string ErrorInfo = "google.rpc.ErrorInfo";
    private const string BadRequest = "google.rpc.BadRequest";

    private readonly JsonElement _report = client.Report;

    [Fact]
    public void A_call_without_a_token_is_UNAUTHENTICATED()
    {
        var call = Case("no_token");

        Assert.Equal(16, call.GetProperty("code").GetInt32());
        Assert.Equal("UNAUTHENTICATED", call.GetProperty("codeName").GetString());
    }

    [Fact]
    public void Invalid_fields_come_back_as_BadRequest_field_violations()
    {
        var call = Case("invalid_fields");

        Assert.Equal("INVALID_ARGUMENT", call.GetProperty("codeName").GetString());
        var status = call.GetProperty("statusDetails");
        Assert.Equal(3, status.GetProperty("code").GetInt32());
        var info = Detail(status, ErrorInfo);
        Assert.Equal("validation", info.GetProperty("reason").GetString());
        Assert.Equal("huishang.dev", info.GetProperty("domain").GetString());
        Assert.Equal(
            ["plannedMeetingOn", "title", "topics[0].requestedSupport", "topics[0].title"],
            Detail(status, BadRequest).GetProperty("fieldViolations").EnumerateArray()
                .Select(v => v.GetProperty("field").GetString()!)
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GX_13_lead_time_refusal_names_its_problem_type_and_rule_in_ErrorInfo()
    {
        var call = Case("lead_time");

        Assert.Equal("SubmitProposal", call.GetProperty("stage").GetString());
        Assert.Equal("FAILED_PRECONDITION", call.GetProperty("codeName").GetString());
        var info = Detail(call.GetProperty("statusDetails"), ErrorInfo);
        Assert.Equal("lead-time", info.GetProperty("reason").GetString());
        Assert.Equal("huishang.dev", info.GetProperty("domain").GetString());
        Assert.Equal("GX-13", info.GetProperty("metadata").GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Calls_within_the_rules_succeed()
    {
        var open = Case("open_call");
        Assert.Equal("OK", open.GetProperty("codeName").GetString());
        Assert.Equal(("2025-01-01", "2025-03-31"), (open.GetProperty("opensOn").GetString(), open.GetProperty("closesOn").GetString()));

        var submit = Case("submit");
        Assert.Equal("OK", submit.GetProperty("codeName").GetString());
        Assert.Equal(JsonValueKind.Null, submit.GetProperty("statusDetails").ValueKind);
        Assert.Equal("Submitted", submit.GetProperty("status").GetString());
        Assert.Equal("450100", submit.GetProperty("regionCode").GetString());
        Assert.Equal("南宁市 2025 年厅市会商建议", submit.GetProperty("title").GetString());
    }

    /// <summary>One case of the report; a case the script could not run fails with its error.</summary>
    private JsonElement Case(string name)
    {
        Assert.True(_report.TryGetProperty(name, out var call), $"The report has no case '{name}': {_report}");
        Assert.False(call.TryGetProperty("error", out var error), $"Case '{name}' threw in the script: {error}");
        return call;
    }

    private static JsonElement Detail(JsonElement status, string type)
    {
        Assert.Equal(JsonValueKind.Object, status.ValueKind);
        var details = status.GetProperty("details").EnumerateArray().Where(d => d.GetProperty("type").GetString() == type).ToList();
        return Assert.Single(details);
    }
}
