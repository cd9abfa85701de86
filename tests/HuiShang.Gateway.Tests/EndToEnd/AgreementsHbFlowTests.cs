using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// domain.md §2.2 under the HB profile, Shijiazhuang's framework (议定书) through the real gateway:
/// HB-16(二) the city leaders object twice (each time the procedure starts again from drafting, with the
/// counter and the reasons kept), then approve; HB-16(三) both governments approve and the city sends its
/// formal document; HB-16(四) meeting with the default agenda and both signatures; HB-15 validity.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsHbFlowTests(AgreementsStack stack)
{
    private const string Planning = AgreementsStack.HbPlanning;
    private const string Director = AgreementsStack.HbDirector;
    private const string HighTech = AgreementsStack.HbHighTech;
    private const string Leader = AgreementsStack.ShijiazhuangLeader;
    private const string Bureau = AgreementsStack.ShijiazhuangBureau;

    private readonly AgreementsSteps _steps = new(stack);

    [Fact]
    public async Task HB_16_two_city_objections_loop_back_then_both_approve_formal_document_and_signing_through_the_gateway()
    {
        var id = stack.AgreementOf(Purposes.HbFlow);
        var drafted = await _steps.GetAsync(Planning, id);
        Assert.Equal(
            ["divisionComments", "directorsOfficeMeeting", "lowerLeadersReview", "bothApprove", "formalDocument", "signing"],
            drafted.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));
        Assert.All(drafted.GetProperty("steps").EnumerateArray(), s => Assert.Equal("HB-16", s.GetProperty("ruleId").GetString()));
        Assert.Equal(("framework", "hb/2019-01-01"), (drafted.GetProperty("kind").GetString(), drafted.GetProperty("policyVersion").GetString()));
        Assert.True(drafted.GetProperty("includesFirstWorkMeeting").GetBoolean());

        var firstObjection = await ObjectedAsync(id, null, "产业链配套项目不够具体", 1);
        var secondObjection = await ObjectedAsync(id, firstObjection, "市级配套资金比例需再核定", 2);

        var objected = await _steps.GetAsync(Leader, id);
        var objections = objected.GetProperty("reviews").EnumerateArray().Where(r => r.GetProperty("decision").GetString() == "object").ToList();
        Assert.Equal(2, objected.GetProperty("objectionCount").GetInt32());
        Assert.Equal(["产业链配套项目不够具体", "市级配套资金比例需再核定"], objections.Select(o => o.GetProperty("reasons")[0].GetString()));
        Assert.All(objections, o => Assert.Equal(("city", "HB-16"), (o.GetProperty("kind").GetString(), o.GetProperty("ruleId").GetString())));

        // The third pass: the city leaders approve.
        await PassToCityReviewAsync(id, secondObjection);
        var approvedByCity = await _steps.ReviewAsync(Leader, id, "/city-review", "approve");
        Assert.Equal("AwaitingApproval", Status(approvedByCity));
        var version = approvedByCity.GetProperty("currentVersion").GetProperty("number").GetInt32();
        Assert.Equal(version, approvedByCity.GetProperty("approvedVersion").GetInt32());

        // HB-16(三): both governments approve (order does not matter), then the formal document.
        var provinceApproved = await _steps.ActAsync(Director, id, "/approvals", null);
        Assert.Equal("AwaitingApproval", Status(provinceApproved));
        await (await _steps.PostAsync(Director, id, "/approvals", null)).ShouldBeProblemAsync(409, "invalid-state");
        var bothApproved = await _steps.ActAsync(Leader, id, "/approvals", $$"""{"version": {{version}}}""");
        Assert.Equal("AwaitingFormalDocument", Status(bothApproved));
        Assert.Equal(["city", "province"], bothApproved.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("side").GetString()).Order());
        Assert.All(bothApproved.GetProperty("approvals").EnumerateArray(), a => Assert.Equal(version, a.GetProperty("version").GetInt32()));

        await (await _steps.PostAsync(Director, id, "/sign", null)).ShouldBeProblemAsync(409, "invalid-state");
        var documented = await _steps.ActAsync(Bureau, id, "/formal-document", """{"documentNumber": "石政函〔2026〕12号", "issuedOn": "2026-03-01"}""");
        Assert.Equal("ReadyToSign", Status(documented));
        var document = documented.GetProperty("formalDocument");
        Assert.Equal(("石政函〔2026〕12号", "2026-03-01"), (document.GetProperty("documentNumber").GetString(), document.GetProperty("issuedOn").GetString()));

        // HB-16(四): the meeting with the default agenda, both signatures; HB-15: valid five years.
        var scheduled = await _steps.ActAsync(Planning, id, "/meeting", """{"at": "2026-03-25T15:00", "place": "河北省科技厅", "participants": ["厅长", "市长"], "agenda": []}""");
        Assert.Equal(5, scheduled.GetProperty("meeting").GetProperty("agenda").GetArrayLength());
        Assert.Equal(["厅长", "市长"], scheduled.GetProperty("meeting").GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        await _steps.ActAsync(Leader, id, "/sign", null);
        var signed = await _steps.ActAsync(Director, id, "/sign", $$"""{"version": {{version}}}""");
        Assert.Equal("Signed", Status(signed));
        Assert.Equal(2, signed.GetProperty("signatures").GetArrayLength());
        var signedOn = DateOnly.Parse(signed.GetProperty("signedOn").GetString()!);
        Assert.Equal(signedOn.AddYears(5), DateOnly.Parse(signed.GetProperty("expiresOn").GetString()!));
        Assert.Equal(2, signed.GetProperty("objectionCount").GetInt32());

        // HB-15: the renewal decision, once.
        var renewed = await _steps.ActAsync(Planning, id, "/renewal", """{"renew": true, "note": "双方同意续签。"}""");
        Assert.True(renewed.GetProperty("renewal").GetProperty("renew").GetBoolean());
        await (await _steps.PostAsync(Planning, id, "/renewal", """{"renew": false}""")).ShouldBeProblemAsync(409, "invalid-state");

        // Every step is in the audit, the objections with the state they sent the agreement back from.
        var history = await AgreementsSteps.ExpectAsync(await stack.Client.GetAsync(AgreementsSteps.Path(id, "/history"), stack.Token(Bureau)), System.Net.HttpStatusCode.OK, "History");
        var entries = history.GetProperty("items").EnumerateArray().ToList();
        var objectionEntries = entries.Where(e => e.GetProperty("action").GetString() == "city-object").ToList();
        Assert.Equal(2, objectionEntries.Count);
        Assert.All(objectionEntries, e => Assert.Equal(("AwaitingCityReview", "Drafting"), (e.GetProperty("fromStatus").GetString(), e.GetProperty("toStatus").GetString())));
        Assert.Equal(
            ["city-approve", "approve", "approve", "formal-document", "schedule-meeting", "sign", "sign", "renew"],
            entries.Select(e => e.GetProperty("action").GetString()).SkipWhile(a => a != "city-approve"));
    }

    /// <summary>
    /// One pass of HB-16(二): (a version addressing the last objection,) a comment round, the version
    /// answering it, the director's approval, then the city leaders object: back to drafting. The objection's id.
    /// </summary>
    private async Task<string> ObjectedAsync(string id, string? previousObjection, string reason, int count)
    {
        var atCityReview = await PassToCityReviewAsync(id, previousObjection);
        var objected = await _steps.ReviewAsync(Leader, id, "/city-review", "object", reason);
        Assert.Equal("Drafting", Status(objected));
        Assert.Equal(count, objected.GetProperty("objectionCount").GetInt32());
        Assert.Equal(["Current", "Pending", "Pending", "Pending", "Pending", "Pending"], objected.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("state").GetString()));
        Assert.Equal(JsonValueKind.Null, objected.GetProperty("approvedVersion").ValueKind);
        var objection = objected.GetProperty("reviews").EnumerateArray().Last();
        Assert.Equal(atCityReview.GetProperty("currentVersion").GetProperty("number").GetInt32(), objection.GetProperty("version").GetInt32());

        // The divisions cannot be asked about the version the city objected to: a new version comes first.
        await (await _steps.PostAsync(Planning, id, "/comment-rounds", $$"""{"divisions": ["high-tech"], "dueOn": "{{AgreementsSteps.DueOn}}"}"""))
            .ShouldBeProblemAsync(409, "invalid-state");
        return objection.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PassToCityReviewAsync(string id, string? previousObjection)
    {
        if (previousObjection is not null)
        {
            var revised = await _steps.NewVersionAsync(Planning, id, "按市领导意见修改的草案。", addressesReviewId: previousObjection);
            Assert.Equal("Drafting", Status(revised));
        }

        await _steps.CommentedAsync(Planning, HighTech, id);
        var atCityReview = await _steps.ReviewAsync(Director, id, "/director-review", "approve");
        Assert.Equal("AwaitingCityReview", Status(atCityReview));
        return atCityReview;
    }

    private static string? Status(JsonElement agreement) => agreement.GetProperty("status").GetString();
}
