using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// Idempotency-Key through the gateway (api.md): a portal that retries a registration after a timeout
/// gets the first answer again and the envelope counts the project once; a malformed key is refused
/// at the gateway before any service is called.
/// </summary>
[Collection(FundingCollection.Name)]
public sealed class FundingIdempotencyTests(FundingStack stack)
{
    private const string Bureau = FundingStack.NanningBureau;

    [Fact]
    public async Task GX18_retrying_a_registration_with_the_same_key_answers_the_same_project_and_commits_it_once()
    {
        var agreement = stack.NanningAgreementId;
        var before = await stack.EnvelopeAsync(agreement, Bureau);
        var key = Guid.NewGuid().ToString();
        var body = FundingRequests.ProjectBody(agreement, "12345.67");

        var first = await FundingStack.ExpectAsync(await PostAsync("/api/projects", body, key), HttpStatusCode.Created, "First");
        var retry = await FundingStack.ExpectAsync(await PostAsync("/api/projects", body, key), HttpStatusCode.Created, "Retry");

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        var after = await stack.EnvelopeAsync(agreement, Bureau);
        Assert.Equal(before.Money("committed") + 12_345.67m, after.Money("committed"));
        Assert.Equal(before.GetProperty("projectCount").GetInt32() + 1, after.GetProperty("projectCount").GetInt32());
    }

    [Fact]
    public async Task Same_key_with_another_body_is_a_409_idempotency_key_reused()
    {
        var key = Guid.NewGuid().ToString();
        await FundingStack.ExpectAsync(
            await PostAsync("/api/projects", FundingRequests.ProjectBody(stack.NanningAgreementId, "1000.00"), key), HttpStatusCode.Created, "First");
        var before = await stack.ProjectIdsAsync(stack.NanningAgreementId, Bureau);

        var reused = await PostAsync("/api/projects", FundingRequests.ProjectBody(stack.NanningAgreementId, "2000.00"), key);

        var problem = await reused.ShouldBeProblemAsync(409, "idempotency-key-reused");
        Assert.Equal("Idempotency-Key reused with another request", problem.GetProperty("title").GetString());
        Assert.Equal(before, await stack.ProjectIdsAsync(stack.NanningAgreementId, Bureau));
    }

    [Theory]
    [InlineData(101)]
    [InlineData(0)]
    public async Task A_key_of_the_wrong_length_is_a_400_naming_Idempotency_Key_and_nothing_is_registered(int length)
    {
        await AssertRefusedAsync(new string('k', length));
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("tab\tkey")]
    public async Task A_key_with_invisible_characters_is_a_400_naming_Idempotency_Key_and_nothing_is_registered(string key)
    {
        await AssertRefusedAsync(key);
    }

    private async Task AssertRefusedAsync(string key)
    {
        var before = await stack.ProjectIdsAsync(stack.NanningAgreementId, Bureau);
        // A body the service would accept: only the key is wrong.
        var refused = await PostAsync("/api/projects", FundingRequests.ProjectBody(stack.NanningAgreementId, "1000.00"), key);

        var problem = await refused.ShouldBeProblemAsync(400, "validation");
        Assert.NotEmpty(problem.ErrorsFor("Idempotency-Key"));
        Assert.Equal(before, await stack.ProjectIdsAsync(stack.NanningAgreementId, Bureau));
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stack.Token(Bureau));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return stack.Client.SendAsync(request);
    }
}
