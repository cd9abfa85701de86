using System.Net;
using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.Proposals.Data;
using HuiShang.ServiceTesting;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Issue 12 (6), HB-17 through the gateway, nothing faked: Shijiazhuang's framework (HB-15, five years) is
/// signed in Agreements; Proposals learns it from AgreementSigned; the next year's selection is then the
/// city's work meeting (协议书) instead of a refusal under the framework's five-year cycle, and Agreements
/// opens it under that framework. A work meeting sooner than the HB-17 minimum is refused with its rule id.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class WorkMeetingEndToEndTests(AgreementsStack stack)
{
    private const string Planning = AgreementsStack.HbPlanning;
    private const string Director = AgreementsStack.HbDirector;
    private const string Leader = AgreementsStack.ShijiazhuangLeader;
    private const string Bureau = AgreementsStack.ShijiazhuangBureau;

    private readonly AgreementsSteps _steps = new(stack);

    [Fact]
    public async Task HB_17_a_city_with_a_signed_framework_is_selected_for_next_years_work_meeting_through_the_gateway()
    {
        var framework = stack.AgreementOf(Purposes.HbWorkMeeting);
        await SignFrameworkAsync(framework);
        await FrameworkKnownToProposalsAsync(framework);

        var call = await OpenCallAsync(2027, "2026-02-01", "2027-12-31");
        var proposal = await SubmittedAsync(call);
        // Before the fix: 409 cycle-not-due HB-15 (the framework's five years counted from 2026).
        await AgreementsSteps.ExpectAsync(await SelectAsync(call, proposal), HttpStatusCode.OK, "HB-17 selection of the work meeting");

        var meeting = await DraftedFromAsync(proposal);
        Assert.Equal(("work-meeting", framework), (meeting.GetProperty("kind").GetString(), meeting.GetProperty("frameworkId").GetString()));

        // HB-17: another work meeting for a year before the one just held is inside the minimum interval.
        var earlier = await OpenCallAsync(2025, "2025-01-01", "2026-12-31");
        var refused = await SelectAsync(earlier, await SubmittedAsync(earlier));
        var problem = await refused.ShouldBeProblemAsync(409, "cycle-not-due");
        Assert.Equal("HB-17", problem.StringOrNull("ruleId"));
    }

    /// <summary>HB-16 without objections: comments, director, city leaders, both approvals, formal document, meeting, signatures.</summary>
    private async Task SignFrameworkAsync(string id)
    {
        await _steps.CommentedAsync(Planning, AgreementsStack.HbHighTech, id);
        await _steps.ReviewAsync(Director, id, "/director-review", "approve");
        var approvedByCity = await _steps.ReviewAsync(Leader, id, "/city-review", "approve");
        var version = approvedByCity.GetProperty("currentVersion").GetProperty("number").GetInt32();
        await _steps.ActAsync(Director, id, "/approvals", null);
        await _steps.ActAsync(Leader, id, "/approvals", $$"""{"version": {{version}}}""");
        await _steps.ActAsync(Bureau, id, "/formal-document", """{"documentNumber": "石政函〔2026〕30号", "issuedOn": "2026-03-01"}""");
        await _steps.ActAsync(Planning, id, "/meeting", """{"at": "2026-03-26T15:00", "place": "河北省科技厅", "participants": ["厅长", "市长"], "agenda": []}""");
        await _steps.ActAsync(Leader, id, "/sign", null);
        var signed = await _steps.ActAsync(Director, id, "/sign", $$"""{"version": {{version}}}""");
        Assert.Equal("Signed", signed.GetProperty("status").GetString());
    }

    private async Task FrameworkKnownToProposalsAsync(string id)
    {
        var agreementId = Guid.Parse(id);
        var known = await Eventually.GetAsync(
            () => stack.Proposals.QueryAsync<ProposalsDbContext, bool>(db => db.SignedFrameworks.AnyAsync(f => f.AgreementId == agreementId)),
            k => k,
            TimeSpan.FromSeconds(60));
        Assert.True(known, $"Proposals did not receive AgreementSigned for {id}.\n{stack.BrokerOutput()}");
    }

    private async Task<string> OpenCallAsync(int year, string opensOn, string closesOn)
    {
        var body = $$"""{"year": {{year}}, "opensOn": "{{opensOn}}", "closesOn": "{{closesOn}}"}""";
        return await IdAsync(await stack.Client.PostJsonAsync("/api/calls", body, stack.Token(Planning)), HttpStatusCode.Created);
    }

    /// <summary>HB-19.1: not a first consultation any more, so the previous stage's summary comes along.</summary>
    private async Task<string> SubmittedAsync(string callId)
    {
        var body = AgreementsSeeding.ProposalBody(callId, "石家庄市 厅市会商工作会议议题建议", figures: true)
            .Replace("\"topics\":", "\"previousRoundSummary\": \"上阶段协议书事项已落实。\",\n  \"topics\":", StringComparison.Ordinal);
        var id = await IdAsync(await stack.Client.PostJsonAsync("/api/proposals", body, stack.Token(Bureau)), HttpStatusCode.Created);
        await IdAsync(await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{id}/submit", null, stack.Token(Bureau)), HttpStatusCode.OK);
        return id;
    }

    private Task<HttpResponseMessage> SelectAsync(string callId, string proposalId) =>
        stack.Client.PostJsonAsync($"/api/calls/{callId}/selection", $$"""{"key": "{{proposalId}}", "general": []}""", stack.Token(Planning));

    private async Task<JsonElement> DraftedFromAsync(string proposalId)
    {
        var items = await Eventually.GetAsync(
            async () => (await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync("/api/agreements", stack.Token(Planning)), HttpStatusCode.OK, "Agreements"))
                .GetProperty("items").EnumerateArray().ToList(),
            list => list.Any(a => a.GetProperty("proposalId").GetString() == proposalId),
            TimeSpan.FromSeconds(60));
        var drafted = items.Where(a => a.GetProperty("proposalId").GetString() == proposalId).ToList();
        Assert.True(drafted.Count == 1, $"No agreement was drafted from {proposalId}.\n{stack.BrokerOutput()}");
        return await _steps.GetAsync(Planning, drafted[0].GetProperty("id").GetString()!);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response, HttpStatusCode status) =>
        (await AgreementsSteps.ExpectAsync(response, status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}")).GetProperty("id").GetString()!;
}
