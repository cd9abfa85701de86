using System.Net;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// A Guangxi joint project from a signed agreement to acceptance, through the real gateway, the real
/// Funding service and the envelope AgreementSigned opened on the broker (domain.md §2.3, GX-18).
/// </summary>
[Collection(FundingCollection.Name)]
public sealed class FundingFlowTests(FundingStack stack)
{
    private const string Planning = FundingStack.GuangxiPlanning;
    private const string Bureau = FundingStack.NanningBureau;

    [Fact]
    public async Task GX18_signed_key_agreement_opens_a_20_million_envelope()
    {
        var envelope = await stack.EnvelopeAsync(stack.NanningAgreementId, Planning);

        Assert.Equal("450100", envelope.GetProperty("regionCode").GetString());
        Assert.Equal("450000", envelope.GetProperty("jurisdictionCode").GetString());
        Assert.Equal("Key", envelope.GetProperty("tier").GetString());
        Assert.Equal(20_000_000m, envelope.Money("cap"));
        Assert.Equal("GX-18", envelope.GetProperty("capRuleId").GetString());
        Assert.Equal("gx/2019-01-01", envelope.GetProperty("policyVersion").GetString());
        Assert.Equal(envelope.Money("cap") - envelope.Money("committed"), envelope.Money("remaining"));
    }

    [Fact]
    public async Task GX18_project_runs_from_registration_to_acceptance_and_stays_committed()
    {
        var before = await stack.EnvelopeAsync(stack.NanningAgreementId, Bureau);

        // Registration by the city bureau: 201, Location, ETag, the Chinese mode name mapped.
        var response = await stack.Client.PostJsonAsync(
            "/api/projects", FundingRequests.ProjectBody(stack.NanningAgreementId, "1500000.00", mode: "定向制"), stack.Token(Bureau));
        var project = await FundingStack.ExpectAsync(response, HttpStatusCode.Created, "Registering");
        var id = project.GetProperty("id").GetString()!;
        Assert.Equal($"/api/projects/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Applied", project.GetProperty("status").GetString());
        Assert.Equal("directed", project.GetProperty("mode").GetString());
        Assert.Equal(1_500_000m, project.Money("upperSupport"));
        Assert.True(project.GetProperty("unfinished").GetBoolean());

        var registered = await stack.EnvelopeAsync(stack.NanningAgreementId, Bureau);
        Assert.Equal(before.Money("committed") + 1_500_000m, registered.Money("committed"));
        Assert.Equal(before.Money("remaining") - 1_500_000m, registered.Money("remaining"));
        Assert.Equal(before.GetProperty("projectCount").GetInt32() + 1, registered.GetProperty("projectCount").GetInt32());

        // GX sets no matching (the section is absent): the plan is the upper support alone.
        var provisional = await stack.GetJsonAsync($"/api/projects/{id}/funding-plan", Bureau);
        Assert.True(provisional.GetProperty("provisional").GetBoolean());
        Assert.Equal("gx/2019-01-01", provisional.GetProperty("policyVersion").GetString());
        Assert.Equal(0m, provisional.Money("cityMatch"));
        Assert.Equal(1_500_000m, provisional.Money("total"));
        Assert.False(string.IsNullOrWhiteSpace(provisional.GetProperty("note").GetString()));
        var shares = provisional.GetProperty("shares").EnumerateArray().Where(s => s.Money("amount") != 0).ToList();
        Assert.Equal("upper", Assert.Single(shares).GetProperty("source").GetString());

        // Approval by the coordinating division with the ETag read: the plan is fixed on the day.
        var approve = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/projects/{id}/approve", """{"approvedOn": "2025-06-10"}""", stack.Token(Planning), "\"1\"");
        var approved = await FundingStack.ExpectAsync(approve, HttpStatusCode.OK, "Approving");
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("2025-06-10", approved.GetProperty("approvedOn").GetString());
        Assert.Equal($"\"{approved.GetProperty("version").GetInt64()}\"", approve.Headers.ETag?.Tag);
        var plan = await stack.GetJsonAsync($"/api/projects/{id}/funding-plan", Planning);
        Assert.False(plan.GetProperty("provisional").GetBoolean());
        Assert.Equal("2025-06-10", plan.GetProperty("planDate").GetString());

        // A stale ETag is a concurrency conflict, and changes nothing.
        var stale = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/projects/{id}/status", """{"status": "Implementation"}""", stack.Token(Planning), "\"1\"");
        await stale.ShouldBeProblemAsync(409, "concurrency-conflict");
        Assert.Equal("Approved", (await stack.GetJsonAsync($"/api/projects/{id}", Bureau)).GetProperty("status").GetString());

        // Funds per source: the upper share arrives in part and is partly spent.
        await FundingStack.ExpectAsync(await stack.DisburseAsync(id, Planning, "upper", "arrived", "600000"), HttpStatusCode.Created, "Arrival");
        var spent = await FundingStack.ExpectAsync(await stack.DisburseAsync(id, Planning, "upper", "spent", "200000.50"), HttpStatusCode.Created, "Spending");
        var upper = spent.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "upper");
        Assert.Equal(1_500_000m, upper.Money("committed"));
        Assert.Equal(600_000m, upper.Money("arrived"));
        Assert.Equal(200_000.50m, upper.Money("spent"));
        Assert.Equal(0.4m, upper.Money("arrivalRate"));
        var disbursements = await stack.GetJsonAsync($"/api/projects/{id}/disbursements", Bureau);
        Assert.Equal(2, disbursements.GetProperty("entries").GetArrayLength());

        // Implementation → mid-term check → acceptance (审核验收).
        foreach (var step in new[] { """{"status": "Implementation"}""", """{"status": "MidTermCheck"}""", """{"status": "Accepted", "acceptanceMode": "review", "on": "2025-06-10"}""" })
        {
            await FundingStack.ExpectAsync(await stack.Client.PostJsonAsync($"/api/projects/{id}/status", step, stack.Token(Planning)), HttpStatusCode.OK, step);
        }

        var accepted = await stack.GetJsonAsync($"/api/projects/{id}", Bureau);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.False(accepted.GetProperty("unfinished").GetBoolean());
        Assert.Equal("2025-06-10", accepted.GetProperty("closedOn").GetString());

        // The audit: every state change, in order, with rising versions.
        var history = (await stack.GetJsonAsync($"/api/projects/{id}/history", Bureau)).GetProperty("items").EnumerateArray().ToList();
        var moves = history.Where(e => e.GetProperty("fromStatus").GetString() != e.GetProperty("toStatus").GetString())
            .Select(e => $"{e.GetProperty("fromStatus").GetString()}→{e.GetProperty("toStatus").GetString()}").ToList();
        Assert.Equal(new[] { "→Applied", "Applied→Approved", "Approved→Implementation", "Implementation→MidTermCheck", "MidTermCheck→Accepted" }, moves);
        Assert.True(history.Select(e => e.GetProperty("version").GetInt64()).SequenceEqual(history.Select(e => e.GetProperty("version").GetInt64()).Order()));
        Assert.All(history, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("by").GetString())));

        // An accepted project still counts against the cap; listing by status finds it.
        var after = await stack.EnvelopeAsync(stack.NanningAgreementId, Planning);
        Assert.Equal(registered.Money("committed"), after.Money("committed"));
        var list = await stack.GetJsonAsync($"/api/projects?agreementId={stack.NanningAgreementId}&status=Accepted", Bureau);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task GX18_terminated_project_no_longer_counts_against_the_cap()
    {
        var project = await stack.ApprovedAsync(Bureau, Planning, stack.NanningAgreementId, 500_000m);
        var committed = (await stack.EnvelopeAsync(stack.NanningAgreementId, Planning)).Money("committed");

        var response = await stack.Client.PostJsonAsync(
            $"/api/projects/{project.Id}/status", """{"status": "Terminated", "reason": "承担单位主动申请终止。"}""", stack.Token(Planning));
        var terminated = await FundingStack.ExpectAsync(response, HttpStatusCode.OK, "Terminating");

        Assert.Equal("Terminated", terminated.GetProperty("status").GetString());
        Assert.False(terminated.GetProperty("unfinished").GetBoolean());
        Assert.Equal(committed - 500_000m, (await stack.EnvelopeAsync(stack.NanningAgreementId, Planning)).Money("committed"));
    }
}
