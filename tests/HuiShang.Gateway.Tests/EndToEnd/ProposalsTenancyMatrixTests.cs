using System.Net;
using System.Security.Claims;
using System.Text.Json;
using HuiShang.Contracts.Identity;
using HuiShang.Contracts.ReferenceData;
using HuiShang.Gateway.Tests.Infrastructure;
using HuiShang.ServiceDefaults.Identity;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// api.md "Identity and tenancy" end to end: every proposals/calls endpoint of gateway/README.md ×
/// every kind of seeded user, through the real gateway (HTTP) and the real Proposals service (gRPC).
/// The target is always a Nanning (450100, jurisdiction 450000) record; rows that may change it get
/// a fresh one, so the cells are independent of order.
/// </summary>
public sealed class ProposalsTenancyMatrixTests(ProposalsStack stack) : IClassFixture<ProposalsStack>
{
    /// <summary>The columns of <see cref="Expected"/>, in order.</summary>
    private static readonly IReadOnlyList<string> Users = TenancyUsers.AroundNanning;

    /// <summary>
    /// Expected HTTP status per endpoint × user (columns as in <see cref="Users"/>).
    /// 403 = the gateway's role check (the service is not called); 404 = tenancy (api.md: never 403).
    /// </summary>
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        //                                            Nanning         Liuzhou         Shijiazhuang    GX plan/div/dir/exp   HB plan/div/dir/exp   dist admin
        // Reads of the submitted Nanning proposal: the owner city and its province; everyone else cannot see it.
        ["GET /api/proposals/{id}"]              = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/proposals/{id}/history"]      = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        // The GX call: everyone of the jurisdiction reads it (as GET /api/calls lists it); another jurisdiction gets 404.
        ["GET /api/calls/{id}"]                  = [200, 200, 200,  200, 200, 200,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        // City steps on a fresh Nanning draft (PUT, submit) or submitted proposal (withdraw): the owner's bureau alone.
        ["PUT /api/proposals/{id}"]              = [200, 403, 403,  404, 403, 403,  404, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        ["POST /api/proposals/{id}/submit"]      = [200, 403, 403,  404, 403, 403,  404, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        ["POST /api/proposals/{id}/withdraw"]    = [200, 403, 403,  404, 403, 403,  404, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        // Province steps: the coordinating division of the target's jurisdiction alone.
        ["POST /api/proposals/{id}/return"]      = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        // Selection on the GX call naming two Nanning drafts: GX planning passes role and tenancy and is refused
        // for the drafts' state (409, so the call stays open for the other rows); HB planning does not see the call.
        ["POST /api/calls/{id}/selection"]       = [403, 403, 403,  403, 403, 403,  403, 403, 403,  409, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        // Creation: a call of the caller's own jurisdiction (2026 is already open there → 409 already-exists);
        // a proposal in the GX call: GX city bureaus 201; the HB bureau is told the call id is not one of its
        // jurisdiction's (400 on callId, the same answer as an unknown id, so nothing is revealed).
        ["POST /api/calls"]                      = [403, 403, 403,  403, 403, 403,  403, 403, 403,  409, 403, 403, 403,  409, 403, 403, 403,  403, 403],
        ["POST /api/proposals"]                  = [201, 403, 403,  201, 403, 403,  400, 403, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
    };

    /// <summary>
    /// Lists (every role, 200, tenancy-filtered by the service): which seeded records each user sees.
    /// ND/NS = Nanning draft/submitted, HB = the Shijiazhuang draft; GX/HBc = the Guangxi/Hebei 2026 calls.
    /// </summary>
    private static readonly string[] ProposalsVisible =
    [
        "ND NS", "ND NS", "ND NS",
        "", "", "",
        "HB", "HB", "HB",
        "ND NS", "ND NS", "ND NS", "ND NS",
        "HB", "HB", "HB", "HB",
        "", "",
    ];

    private static readonly string[] CallsVisible =
    [
        "GX", "GX", "GX",
        "GX", "GX", "GX",
        "HBc", "HBc", "HBc",
        "GX", "GX", "GX", "GX",
        "HBc", "HBc", "HBc", "HBc",
        "", "",
    ];

    public static TheoryData<string, string, int> Matrix() => TenancyMatrix.Matrix(Users, Expected);

    public static TheoryData<string, string, string> Lists()
    {
        var data = new TheoryData<string, string, string>();
        for (var i = 0; i < Users.Count; i++)
        {
            data.Add("GET /api/proposals", Users[i], ProposalsVisible[i]);
            data.Add("GET /api/calls", Users[i], CallsVisible[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_answers_the_user_as_api_md_says(string endpoint, string user, int expected)
    {
        await TenancyMatrix.AssertAnswersAsync(await SendAsync(endpoint, stack.Token(user)), expected, $"{endpoint} as {user}");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Lists_show_only_the_users_records(string endpoint, string user, string visible)
    {
        var path = endpoint == "GET /api/calls" ? "/api/calls?year=2026" : "/api/proposals";
        var response = await stack.Client.GetAsync(path, stack.Token(user));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{endpoint} as {user}: {(int)response.StatusCode}: {body}");

        using var json = JsonDocument.Parse(body);
        var ids = json.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToHashSet();
        var seeded = endpoint == "GET /api/calls"
            ? new Dictionary<string, string> { ["GX"] = stack.GuangxiCallId, ["HBc"] = stack.HebeiCallId }
            : new Dictionary<string, string> { ["ND"] = stack.NanningDraftId, ["NS"] = stack.NanningSubmittedId, ["HB"] = stack.HebeiDraftId };
        var expected = visible.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        var seen = seeded.Where(s => ids.Contains(s.Value)).Select(s => s.Key).Order().ToList();
        Assert.True(expected.SequenceEqual(seen), $"{endpoint} as {user}: expected [{string.Join(' ', expected)}], saw [{string.Join(' ', seen)}]");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var token = new TestSigner(stack.Auth.Keys.KeyId).TokenFor(ProposalsStack.NanningBureau);
        var response = await stack.Client.GetAsync($"/api/proposals/{stack.NanningSubmittedId}", token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var user = DemoUsers.Find(RegionCatalog.Default, ProposalsStack.NanningBureau)!;
        var token = stack.Auth.Issuer.Issue(PlatformTokenIssuer.ClaimsOf(user), DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromMinutes(10));
        var response = await stack.Client.GetAsync("/api/proposals", token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_region_is_401()
    {
        var user = DemoUsers.Find(RegionCatalog.Default, ProposalsStack.NanningBureau)!;
        var token = stack.Auth.TokenWith(PlatformTokenIssuer.ClaimsOf(user).Where(c => c.Type != HuiShangClaims.Region));
        var draft = await stack.DraftAsync();
        var response = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{draft.Id}/submit", null, token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, string token)
    {
        var client = stack.Client;
        switch (endpoint)
        {
            case "GET /api/proposals/{id}":
                return await client.GetAsync($"/api/proposals/{stack.NanningSubmittedId}", token);
            case "GET /api/calls/{id}":
                return await client.GetAsync($"/api/calls/{stack.GuangxiCallId}", token);
            case "GET /api/proposals/{id}/history":
                return await client.GetAsync($"/api/proposals/{stack.NanningSubmittedId}/history", token);
            case "PUT /api/proposals/{id}":
            {
                var draft = await stack.DraftAsync();
                return await client.SendJsonAsync(HttpMethod.Put, $"/api/proposals/{draft.Id}", ProposalsStack.ProposalBody(null), token, draft.ETag);
            }

            case "POST /api/proposals/{id}/submit":
                return await client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{(await stack.DraftAsync()).Id}/submit", null, token);
            case "POST /api/proposals/{id}/withdraw":
                return await client.SendJsonAsync(HttpMethod.Post, $"/api/proposals/{(await stack.SubmittedAsync()).Id}/withdraw", null, token);
            case "POST /api/proposals/{id}/return":
                return await client.PostJsonAsync($"/api/proposals/{(await stack.SubmittedAsync()).Id}/return", """{"reason": "请补充上一轮会商总结。"}""", token);
            case "POST /api/calls/{id}/selection":
                return await client.PostJsonAsync(
                    $"/api/calls/{stack.GuangxiCallId}/selection",
                    $$"""{"key": "{{stack.NanningDraftId}}", "general": ["{{(await stack.DraftAsync()).Id}}"]}""",
                    token);
            case "POST /api/calls":
                return await client.PostJsonAsync("/api/calls", """{"year": 2026}""", token);
            case "POST /api/proposals":
                return await client.PostJsonAsync("/api/proposals", ProposalsStack.ProposalBody(stack.GuangxiCallId), token);
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the matrix.");
        }
    }
}
