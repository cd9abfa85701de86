using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Bad input on every funding write, through the real gateway and service: a clear problem naming
/// the field or the rule, never a 500 (NoServerErrorsHandler), and nothing stored.
/// </summary>
[Collection(FundingCollection.Name)]
public sealed class FundingValidationTests(FundingStack stack)
{
    private const string Bureau = FundingStack.UrumqiBureau;
    private const string Planning = FundingStack.XinjiangPlanning;

    [Theory]
    [InlineData("-1000", "upperSupport")]
    [InlineData("0", "upperSupport")]
    [InlineData("1000.005", "upperSupport")]
    public async Task Registration_with_a_bad_amount_is_a_validation_problem_naming_it(string amount, string field)
    {
        await RefusedAsync(FundingRequests.ProjectBody(stack.UrumqiAgreementId, amount, "650102"), 400, "validation", field);
    }

    [Theory]
    [InlineData("""{"title": "x", "field": "f", "upperSupport": 1, "mode": "open-call"}""", "agreementId")]
    [InlineData("""{"agreementId": "AGREEMENT", "field": "f", "upperSupport": 1, "mode": "open-call"}""", "title")]
    [InlineData("""{"agreementId": "AGREEMENT", "title": "x", "field": "f", "upperSupport": 1, "mode": "招标制"}""", "mode")]
    [InlineData("""{"agreementId": "AGREEMENT", "title": "x", "field": "f", "upperSupport": 1}""", "mode")]
    [InlineData("""{"agreementId": "AGREEMENT", "title": "x", "field": "f", "upperSupport": 1, "mode": "directed", "offeredMatchRatio": -1}""", "offeredMatchRatio")]
    [InlineData("""{"agreementId": "AGREEMENT", "title": "x", "field": "f", "upperSupport": 1, "mode": "directed", "districtCode": "65 01"}""", "districtCode")]
    [InlineData("""{"agreementId": "not-a-guid", "title": "x", "field": "f", "upperSupport": 1, "mode": "directed"}""", "agreementId")]
    [InlineData("""{"agreementId": "AGREEMENT", "title": "x", "field": "f", "upperSupport": "a lot", "mode": "directed"}""", "upperSupport")]
    public async Task Registration_missing_or_malformed_fields_is_a_validation_problem_naming_them(string body, string field)
    {
        await RefusedAsync(body.Replace("AGREEMENT", stack.UrumqiAgreementId, StringComparison.Ordinal), 400, "validation", field);
    }

    [Fact]
    public async Task Registration_in_an_unknown_district_is_refused()
    {
        await RefusedAsync(FundingRequests.ProjectBody(stack.UrumqiAgreementId, "1000000", "659999"), 400, "validation", "districtCode");
    }

    [Fact]
    public async Task GX18_registration_under_an_unknown_agreement_is_refused_as_not_signed()
    {
        var problem = await RefusedAsync(FundingRequests.ProjectBody(Guid.NewGuid().ToString(), "1000000", "650102"), 409, "agreement-not-signed");
        Assert.Equal("GX-18", problem.GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task GX18_registration_under_another_citys_agreement_is_refused_as_not_signed()
    {
        var before = await stack.ProjectIdsAsync(stack.NanningAgreementId, FundingStack.GuangxiPlanning);

        var response = await stack.Client.PostJsonAsync(
            "/api/projects", FundingRequests.ProjectBody(stack.NanningAgreementId, "100000"), stack.Token(FundingStack.LiuzhouBureau));

        Assert.Equal("GX-18", (await response.ShouldBeProblemAsync(409, "agreement-not-signed")).GetProperty("ruleId").GetString());
        Assert.Equal(before, await stack.ProjectIdsAsync(stack.NanningAgreementId, FundingStack.GuangxiPlanning));
    }

    [Fact]
    public async Task Registration_accepts_the_chinese_mode_names()
    {
        foreach (var (name, mode) in new[] { ("揭榜制", "open-call"), ("定向制", "directed"), ("包干制", "lump-sum") })
        {
            var response = await stack.Client.PostJsonAsync(
                "/api/projects", FundingRequests.ProjectBody(stack.UrumqiAgreementId, "10000", "650102", name), stack.Token(Bureau));
            var project = await FundingStack.ExpectAsync(response, System.Net.HttpStatusCode.Created, name);
            Assert.Equal(mode, project.GetProperty("mode").GetString());
        }
    }

    [Theory]
    [InlineData("""{"source": "upper", "kind": "arrived", "amount": -5}""", "amount")]
    [InlineData("""{"source": "upper", "kind": "arrived", "amount": 0}""", "amount")]
    [InlineData("""{"source": "upper", "kind": "arrived", "amount": 10.125}""", "amount")]
    [InlineData("""{"source": "upper", "kind": "arrived"}""", "amount")]
    [InlineData("""{"source": "province", "kind": "arrived", "amount": 5}""", "source")]
    [InlineData("""{"source": "upper", "kind": "promised", "amount": 5}""", "kind")]
    [InlineData("""{"source": "upper", "kind": "arrived", "amount": 5, "on": "10/06/2025"}""", "on")]
    public async Task Disbursement_with_bad_input_is_a_validation_problem_and_nothing_is_recorded(string body, string field)
    {
        var project = await stack.ApprovedAsync(Bureau, Planning, stack.UrumqiAgreementId, 100_000m, "650102");

        var response = await stack.Client.PostJsonAsync($"/api/projects/{project.Id}/disbursements", body, stack.Token(Planning));

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
        var summary = await stack.GetJsonAsync($"/api/projects/{project.Id}/disbursements", Planning);
        Assert.Equal(0, summary.GetProperty("entries").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"status": "Finished"}""", "status")]
    [InlineData("""{}""", "status")]
    [InlineData("""{"status": "Terminated"}""", "reason")]
    [InlineData("""{"status": "Accepted", "acceptanceMode": "quick"}""", "acceptanceMode")]
    public async Task Status_change_with_bad_input_is_a_validation_problem_and_the_project_is_unchanged(string body, string field)
    {
        var project = await stack.ApprovedAsync(Bureau, Planning, stack.UrumqiAgreementId, 100_000m, "650102");

        var response = await stack.Client.PostJsonAsync($"/api/projects/{project.Id}/status", body, stack.Token(Planning));

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
        Assert.Equal(project.ETag, (await stack.Client.GetAsync($"/api/projects/{project.Id}", stack.Token(Planning))).Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_step_out_of_order_is_invalid_state()
    {
        var project = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 100_000m, "650102");

        var response = await stack.Client.PostJsonAsync($"/api/projects/{project.Id}/status", """{"status": "Accepted"}""", stack.Token(Planning));

        await response.ShouldBeProblemAsync(409, "invalid-state");
        Assert.Equal("Applied", (await stack.GetJsonAsync($"/api/projects/{project.Id}", Planning)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("*")]
    [InlineData("\"x\"")]
    public async Task Approval_with_an_if_match_that_is_not_our_etag_is_refused(string ifMatch)
    {
        var project = await stack.RegisteredAsync(Bureau, stack.UrumqiAgreementId, 100_000m, "650102");

        var response = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/projects/{project.Id}/approve", null, stack.Token(Planning), ifMatch);

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor("If-Match"));
        Assert.Equal("Applied", (await stack.GetJsonAsync($"/api/projects/{project.Id}", Planning)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/projects?agreementId=abc", "agreementId")]
    [InlineData("/api/projects?status=Not%20A%20Status", "status")]
    [InlineData("/api/projects/priority?agreementId=abc", "agreementId")]
    public async Task Bad_query_values_are_validation_problems(string path, string field)
    {
        var response = await stack.Client.GetAsync(path, stack.Token(Planning));

        Assert.NotEmpty((await response.ShouldBeProblemAsync(400, "validation")).ErrorsFor(field));
    }

    [Fact]
    public async Task Unknown_project_is_404()
    {
        var response = await stack.Client.GetAsync($"/api/projects/{Guid.NewGuid()}/funding-plan", stack.Token(Planning));

        await response.ShouldBeProblemAsync(404, "not-found");
    }

    /// <summary>Posts a registration as the Urumqi bureau; asserts the problem and that its list did not change.</summary>
    private async Task<System.Text.Json.JsonElement> RefusedAsync(string body, int status, string slug, string? field = null)
    {
        var before = await stack.ProjectIdsAsync(stack.UrumqiAgreementId, Bureau);

        var response = await stack.Client.PostJsonAsync("/api/projects", body, stack.Token(Bureau));

        var problem = await response.ShouldBeProblemAsync(status, slug);
        if (field is not null)
        {
            Assert.NotEmpty(problem.ErrorsFor(field));
        }

        Assert.Equal(before, await stack.ProjectIdsAsync(stack.UrumqiAgreementId, Bureau));
        return problem;
    }
}
