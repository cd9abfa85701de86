using System.Net;
using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// api.md "Identity and tenancy" for agreements end to end: every agreements endpoint × the 19 users of
/// the proposals matrix, through the real gateway and the real Agreements service. Targets are Nanning
/// (450100, jurisdiction 450000) agreements; each changing row has its own agreement, brought once into
/// the state where the allowed user succeeds, so the cells are independent of order. A business division
/// sees what it was asked to comment on (high-tech is asked on the read target) and signed agreements.
/// </summary>
[Collection(AgreementsCollection.Name)]
public sealed class AgreementsTenancyMatrixTests(AgreementsStack stack)
{
    /// <summary>The columns of <see cref="Expected"/>, in order (the same users as ProposalsTenancyMatrixTests).</summary>
    private static readonly IReadOnlyList<string> Users = TenancyUsers.AroundNanning;

    /// <summary>
    /// Expected HTTP status per endpoint × user. 403 = the gateway's role check (the service is not
    /// called); 404 = tenancy (never 403 for others' data); 409 = the right user, but GX has no such step.
    /// </summary>
    private static readonly Dictionary<string, int[]> Expected = new(StringComparer.Ordinal)
    {
        //                                                            Nanning         Liuzhou         Shijiazhuang    GX plan/div/dir/exp   HB plan/div/dir/exp   dist admin
        // Reads of the Nanning agreement high-tech was asked about: the city, its province, the division asked.
        ["GET /api/agreements/{id}"]                             = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/history"]                     = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/versions"]                    = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/versions/{n}"]                = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        ["GET /api/agreements/{id}/versions/{a}/diff/{b}"]       = [200, 200, 200,  404, 404, 404,  404, 404, 404,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404],
        // The coordinating division of the agreement's jurisdiction alone.
        ["POST /api/agreements/{id}/versions"]                   = [403, 403, 403,  403, 403, 403,  403, 403, 403,  201, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/comment-rounds"]             = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/comment-rounds/{r}/resolutions"] = [403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/meeting"]                    = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/renewal"]                    = [403, 403, 403,  403, 403, 403,  403, 403, 403,  200, 403, 403, 403,  404, 403, 403, 403,  403, 403],
        // The division asked (high-tech of Guangxi); Hebei's high-tech cannot see it.
        ["POST /api/agreements/{id}/comments"]                   = [403, 403, 403,  403, 403, 403,  403, 403, 403,  403, 200, 403, 403,  403, 404, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/director-review"]            = [403, 403, 403,  403, 403, 403,  403, 403, 403,  403, 403, 200, 403,  403, 403, 404, 403,  403, 403],
        // Both signers: the director and the Nanning city leader each sign once; other cities' leaders cannot see it.
        ["POST /api/agreements/{id}/sign"]                       = [403, 200, 403,  403, 404, 403,  403, 404, 403,  403, 403, 200, 403,  403, 403, 404, 403,  403, 403],
        // HB-only steps on the GX read target: the owners reach the service and are refused for the state.
        ["POST /api/agreements/{id}/city-review"]                = [403, 409, 403,  403, 404, 403,  403, 404, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
        ["POST /api/agreements/{id}/approvals"]                  = [403, 409, 403,  403, 404, 403,  403, 404, 403,  403, 403, 409, 403,  403, 403, 404, 403,  403, 403],
        ["POST /api/agreements/{id}/formal-document"]            = [409, 409, 403,  404, 404, 403,  404, 404, 403,  403, 403, 403, 403,  403, 403, 403, 403,  403, 403],
    };

    /// <summary>Lists (every role, 200): which seeded agreements each user sees. N = the Nanning read target, L = Liuzhou's draft, S = Shijiazhuang's draft.</summary>
    private static readonly string[] Visible =
    [
        "N", "N", "N",
        "L", "L", "L",
        "S", "S", "S",
        "L N", "N", "L N", "L N",
        "S", "", "S", "S",
        "", "",
    ];

    private readonly AgreementsSteps _steps = new(stack);

    public static TheoryData<string, string, int> Matrix() => TenancyMatrix.Matrix(Users, Expected);

    public static TheoryData<string, string> Lists() => TenancyMatrix.PerUser(Users, Visible);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_answers_the_user_as_api_md_says(string endpoint, string user, int expected)
    {
        await TenancyMatrix.AssertAnswersAsync(await SendAsync(endpoint, stack.Token(user)), expected, $"{endpoint} as {user}");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_list_shows_only_the_users_agreements(string user, string visible)
    {
        await ReadTargetAsync();
        var response = await stack.Client.GetAsync("/api/agreements", stack.Token(user));
        var list = await AgreementsSteps.ExpectAsync(response, HttpStatusCode.OK, $"GET /api/agreements as {user}");

        var ids = list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var seeded = new Dictionary<string, string>
        {
            ["N"] = stack.AgreementOf(Purposes.MatrixRead),
            ["L"] = stack.AgreementOf(Purposes.Liuzhou),
            ["S"] = stack.AgreementOf(Purposes.HbList),
        };
        var expected = visible.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        var seen = seeded.Where(s => ids.Contains(s.Value)).Select(s => s.Key).Order().ToList();
        Assert.True(expected.SequenceEqual(seen), $"GET /api/agreements as {user}: expected [{string.Join(' ', expected)}], saw [{string.Join(' ', seen)}]");
    }

    [Fact]
    public async Task A_division_not_asked_does_not_see_the_draft()
    {
        var id = stack.AgreementOf(Purposes.MatrixRead);
        await ReadTargetAsync();

        await (await stack.Client.GetAsync(AgreementsSteps.Path(id), stack.Token(AgreementsStack.GxAgriculture))).ShouldBeProblemAsync(404, "not-found");
        var asked = await _steps.GetAsync(AgreementsStack.GxHighTech, id);
        Assert.Equal("InComments", asked.GetProperty("status").GetString());
    }

    private async Task<HttpResponseMessage> SendAsync(string endpoint, string token)
    {
        var client = stack.Client;
        switch (endpoint)
        {
            case "GET /api/agreements/{id}":
                return await client.GetAsync(Path(await ReadTargetAsync()), token);
            case "GET /api/agreements/{id}/history":
                return await client.GetAsync(Path(await ReadTargetAsync(), "/history"), token);
            case "GET /api/agreements/{id}/versions":
                return await client.GetAsync(Path(await ReadTargetAsync(), "/versions"), token);
            case "GET /api/agreements/{id}/versions/{n}":
                return await client.GetAsync(Path(await ReadTargetAsync(), "/versions/2"), token);
            case "GET /api/agreements/{id}/versions/{a}/diff/{b}":
                return await client.GetAsync(Path(await ReadTargetAsync(), "/versions/1/diff/2"), token);
            case "POST /api/agreements/{id}/versions":
            {
                var id = stack.AgreementOf(Purposes.MatrixVersions);
                var etag = await _steps.ETagAsync(AgreementsStack.GxPlanning, id);
                return await client.SendJsonAsync(HttpMethod.Post, Path(id, "/versions"), AgreementsSteps.VersionBody("矩阵测试修改稿"), token, etag);
            }

            case "POST /api/agreements/{id}/comment-rounds":
                return await PostAsync(Path(stack.AgreementOf(Purposes.MatrixCommentRounds), "/comment-rounds"),
                    $$"""{"divisions": ["high-tech"], "dueOn": "{{AgreementsSteps.DueOn}}"}""", token);
            case "POST /api/agreements/{id}/comments":
            {
                var (id, roundId) = await RoundAsync(Purposes.MatrixComments, commented: false);
                return await PostAsync(Path(id, "/comments"), $$"""{"roundId": "{{roundId}}", "text": "同意。"}""", token);
            }

            case "POST /api/agreements/{id}/comment-rounds/{r}/resolutions":
            {
                var (id, roundId) = await RoundAsync(Purposes.MatrixResolutions, commented: true);
                var comment = AgreementsSteps.Round(await _steps.GetAsync(AgreementsStack.GxPlanning, id), roundId).GetProperty("comments")[0].GetProperty("id").GetString();
                return await PostAsync(Path(id, $"/comment-rounds/{roundId}/resolutions"),
                    $$"""{"resolutions": [{"commentId": "{{comment}}", "resolution": "not-adopted", "reason": "与本轮议题无关。"}]}""", token);
            }

            case "POST /api/agreements/{id}/director-review":
                return await PostAsync(Path(await PreparedAsync(Purposes.MatrixDirectorReview, id => _steps.CommentedAsync(AgreementsStack.GxPlanning, AgreementsStack.GxHighTech, id)),
                    "/director-review"), """{"decision": "approve"}""", token);
            case "POST /api/agreements/{id}/meeting":
                return await PostAsync(Path(await PreparedAsync(Purposes.MatrixMeeting, _steps.ReadyToSignAsync), "/meeting"),
                    """{"at": "2026-03-18T09:30", "place": "自治区科技厅"}""", token);
            case "POST /api/agreements/{id}/sign":
                return await PostAsync(Path(await PreparedAsync(Purposes.MatrixSign, ReadyWithMeetingAsync), "/sign"), null, token);
            case "POST /api/agreements/{id}/renewal":
                return await PostAsync(Path(await PreparedAsync(Purposes.MatrixRenewal, _steps.SignedAsync), "/renewal"), """{"renew": true, "note": "续签。"}""", token);
            case "POST /api/agreements/{id}/city-review":
                return await PostAsync(Path(await ReadTargetAsync(), "/city-review"), """{"decision": "approve"}""", token);
            case "POST /api/agreements/{id}/approvals":
                return await PostAsync(Path(await ReadTargetAsync(), "/approvals"), null, token);
            case "POST /api/agreements/{id}/formal-document":
                return await PostAsync(Path(await ReadTargetAsync(), "/formal-document"), """{"documentNumber": "南府函〔2026〕1号", "issuedOn": "2026-03-01"}""", token);
            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the matrix.");
        }
    }

    /// <summary>The read target: version 2, then a comment round asking high-tech (InComments).</summary>
    private Task<string> ReadTargetAsync() => PreparedAsync(Purposes.MatrixRead, async id =>
    {
        await _steps.NewVersionAsync(AgreementsStack.GxPlanning, id, "矩阵读取目标第二稿");
        await _steps.StartRoundAsync(AgreementsStack.GxPlanning, id, "high-tech");
        return await _steps.GetAsync(AgreementsStack.GxPlanning, id);
    });

    /// <summary>A round asking high-tech on the purpose's agreement (and its comment when <paramref name="commented"/>).</summary>
    private async Task<(string Id, string RoundId)> RoundAsync(string purpose, bool commented)
    {
        var id = stack.AgreementOf(purpose);
        var agreement = await stack.OnceAsync(purpose, async () =>
        {
            var roundId = await _steps.StartRoundAsync(AgreementsStack.GxPlanning, id, "high-tech");
            return commented
                ? await _steps.CommentAsync(AgreementsStack.GxHighTech, id, roundId, "建议补充绩效目标。")
                : await _steps.GetAsync(AgreementsStack.GxPlanning, id);
        });
        return (id, agreement.GetProperty("commentRounds")[0].GetProperty("id").GetString()!);
    }

    private async Task<JsonElement> ReadyWithMeetingAsync(string id)
    {
        await _steps.ReadyToSignAsync(id);
        return await _steps.ScheduleMeetingAsync(AgreementsStack.GxPlanning, id);
    }

    private async Task<string> PreparedAsync(string purpose, Func<string, Task<JsonElement>> prepare)
    {
        var id = stack.AgreementOf(purpose);
        await stack.OnceAsync(purpose, () => prepare(id));
        return id;
    }

    private Task<HttpResponseMessage> PostAsync(string path, string? body, string token) =>
        stack.Client.SendJsonAsync(HttpMethod.Post, path, body, token);

    private static string Path(string id, string action = "") => AgreementsSteps.Path(id, action);
}
