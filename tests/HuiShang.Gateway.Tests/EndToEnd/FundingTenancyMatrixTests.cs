using System.Net;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// api.md "Identity and tenancy" for every funding endpoint of the gateway × every kind of user, on
/// two targets: an Urumqi project in 天山区 (650102, XJ) and a Nanning project (GX, no district).
/// 403 = the gateway's role check (the service is not called); 404 = tenancy (never 403 for data
/// of others); 409 = a registration under an agreement that is not the caller's city's
/// (agreement-not-signed, GX-18). Rows that change a project act on a fresh one.
/// </summary>
[Collection(FundingCollection.Name)]
public sealed class FundingTenancyMatrixTests(FundingStack stack)
{
    /// <summary>The columns of the expectations, in order.</summary>
    private static readonly string[] Users =
    [
        // Urumqi's districts: the target's own (天山区) and another (沙依巴克区)
        "district@650102", "district@650103",
        // Urumqi (the XJ target's city)
        "city-bureau@650100", "city-leader@650100", "city-system@650100",
        // Xinjiang province roles
        "province-planning@650000", "province-division.high-tech@650000", "province-director@650000", "expert.1@650000",
        // Nanning (the GX target's city), and Liuzhou (another city of Guangxi)
        "city-bureau@450100", "city-leader@450100", "city-system@450100", "city-bureau@450200",
        // Guangxi province roles
        "province-planning@450000", "province-division.high-tech@450000", "province-director@450000", "expert.1@450000",
        // the platform admin: neither city nor province of either target
        "admin@000000",
    ];

    private static readonly Dictionary<string, int[]> Urumqi = new(StringComparer.Ordinal)
    {
        //                                                   dist 102/103  Urumqi         XJ plan/div/dir/exp  Nanning + Liuzhou    GX plan/div/dir/exp  admin
        // Reads: the district of the project, its city, its province's staff and experts (they evaluate the implementation).
        ["GET /api/projects/{id}"]                     = [200, 404,  200, 200, 200,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404, 404, 404,  404],
        ["GET /api/projects/{id}/history"]             = [200, 404,  200, 200, 200,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404, 404, 404,  404],
        ["GET /api/projects/{id}/funding-plan"]        = [200, 404,  200, 200, 200,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404, 404, 404,  404],
        ["GET /api/projects/{id}/disbursements"]       = [200, 404,  200, 200, 200,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404, 404, 404,  404],
        // The envelope is the city's agreement's: every district of the city sees it.
        ["GET /api/agreements/{id}/funding"]           = [200, 200,  200, 200, 200,  200, 200, 200, 200,  404, 404, 404, 404,  404, 404, 404, 404,  404],
        ["GET /api/projects/priority"]                 = [403, 403,  403, 403, 403,  200, 200, 200, 403,  403, 403, 403, 403,  404, 404, 404, 403,  403],
        // Registration in 天山区: its district or the city bureau; another district cannot name it (400 on districtCode).
        ["POST /api/projects"]                         = [201, 400,  201, 403, 403,  403, 403, 403, 403,  409, 403, 403, 409,  403, 403, 403, 403,  403],
        ["POST /api/projects/{id}/approve"]            = [403, 403,  403, 403, 403,  200, 403, 403, 403,  403, 403, 403, 403,  404, 403, 403, 403,  403],
        ["POST /api/projects/{id}/status"]             = [403, 403,  403, 403, 403,  200, 403, 403, 403,  403, 403, 403, 403,  404, 403, 403, 403,  403],
        // Each records its own source: district → district, city bureau → city level, province planning → upper.
        ["POST /api/projects/{id}/disbursements"]      = [201, 404,  201, 403, 403,  201, 403, 403, 403,  404, 403, 403, 404,  404, 403, 403, 403,  403],
    };

    private static readonly Dictionary<string, int[]> Nanning = new(StringComparer.Ordinal)
    {
        //                                                   dist 102/103  Urumqi         XJ plan/div/dir/exp  Nanning + Liuzhou    GX plan/div/dir/exp  admin
        ["GET /api/projects/{id}"]                     = [404, 404,  404, 404, 404,  404, 404, 404, 404,  200, 200, 200, 404,  200, 200, 200, 200,  404],
        ["GET /api/projects/{id}/history"]             = [404, 404,  404, 404, 404,  404, 404, 404, 404,  200, 200, 200, 404,  200, 200, 200, 200,  404],
        ["GET /api/projects/{id}/funding-plan"]        = [404, 404,  404, 404, 404,  404, 404, 404, 404,  200, 200, 200, 404,  200, 200, 200, 200,  404],
        ["GET /api/projects/{id}/disbursements"]       = [404, 404,  404, 404, 404,  404, 404, 404, 404,  200, 200, 200, 404,  200, 200, 200, 200,  404],
        ["GET /api/agreements/{id}/funding"]           = [404, 404,  404, 404, 404,  404, 404, 404, 404,  200, 200, 200, 404,  200, 200, 200, 200,  404],
        ["GET /api/projects/priority"]                 = [403, 403,  403, 403, 403,  404, 404, 404, 403,  403, 403, 403, 403,  200, 200, 200, 403,  403],
        ["POST /api/projects"]                         = [409, 409,  409, 403, 403,  403, 403, 403, 403,  201, 403, 403, 409,  403, 403, 403, 403,  403],
        ["POST /api/projects/{id}/approve"]            = [403, 403,  403, 403, 403,  404, 403, 403, 403,  403, 403, 403, 403,  200, 403, 403, 403,  403],
        ["POST /api/projects/{id}/status"]             = [403, 403,  403, 403, 403,  404, 403, 403, 403,  403, 403, 403, 403,  200, 403, 403, 403,  403],
        // GX applies no matching, so the plan has only the upper share, which only province planning records:
        // the Nanning bureau passes role and tenancy and is told the plan has no city-level share (400).
        ["POST /api/projects/{id}/disbursements"]      = [404, 404,  404, 403, 403,  404, 403, 403, 403,  400, 403, 403, 404,  201, 403, 403, 403,  403],
    };

    /// <summary>GET /api/projects (every role, tenancy-filtered): U = the Urumqi target, N = the Nanning target.</summary>
    private static readonly string[] Visible =
    [
        "U", "",
        "U", "U", "U",
        "U", "U", "U", "U",
        "N", "N", "N", "",
        "N", "N", "N", "N",
        "",
    ];

    public static TheoryData<string, string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (target, rows) in new[] { ("urumqi", Urumqi), ("nanning", Nanning) })
        {
            foreach (var (endpoint, user, status) in TenancyMatrix.Cells(Users, rows))
            {
                data.Add(target, endpoint, user, status);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Lists() => TenancyMatrix.PerUser(Users, Visible);

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Funding_endpoint_answers_the_user_as_api_md_says(string target, string endpoint, string user, int expected)
    {
        var response = await SendAsync(target == "urumqi" ? UrumqiTarget : NanningTarget, endpoint, user);
        await TenancyMatrix.AssertAnswersAsync(response, expected, $"{endpoint} on the {target} project as {user}");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Project_list_shows_only_the_users_projects(string user, string visible)
    {
        var urumqi = await UrumqiTarget.Project();
        var nanning = await NanningTarget.Project();

        // Every page: the shared stack holds more projects than one page.
        var ids = new HashSet<string?>();
        string? cursor = null;
        do
        {
            var list = await stack.GetJsonAsync(cursor is null ? "/api/projects?limit=100" : $"/api/projects?limit=100&cursor={Uri.EscapeDataString(cursor)}", user);
            ids.UnionWith(list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
            cursor = list.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var seen = new[] { ("U", urumqi.Id), ("N", nanning.Id) }.Where(t => ids.Contains(t.Item2)).Select(t => t.Item1);
        Assert.Equal(visible, string.Join(' ', seen));
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var token = new TestSigner(stack.Auth.Keys.KeyId).TokenFor(FundingStack.UrumqiBureau);
        var response = await stack.Client.GetAsync($"/api/agreements/{stack.UrumqiAgreementId}/funding", token);
        await response.ShouldBeProblemAsync(401, "unauthenticated");
    }

    private MatrixTarget UrumqiTarget => new(
        stack.UrumqiAgreementId,
        "650102",
        FundingStack.UrumqiBureau,
        FundingStack.XinjiangPlanning,
        () => stack.OnceAsync("matrix-urumqi", () => stack.RegisteredAsync(FundingStack.UrumqiBureau, stack.UrumqiAgreementId, 200_000m, "650102")));

    private MatrixTarget NanningTarget => new(
        stack.NanningAgreementId,
        null,
        FundingStack.NanningBureau,
        FundingStack.GuangxiPlanning,
        () => stack.OnceAsync("matrix-nanning", () => stack.RegisteredAsync(FundingStack.NanningBureau, stack.NanningAgreementId, 10_000m)));

    private async Task<HttpResponseMessage> SendAsync(MatrixTarget target, string endpoint, string user)
    {
        var client = stack.Client;
        var token = stack.Token(user);
        switch (endpoint)
        {
            case "GET /api/projects/{id}":
                return await client.GetAsync($"/api/projects/{(await target.Project()).Id}", token);
            case "GET /api/projects/{id}/history":
                return await client.GetAsync($"/api/projects/{(await target.Project()).Id}/history", token);
            case "GET /api/projects/{id}/funding-plan":
                return await client.GetAsync($"/api/projects/{(await target.Project()).Id}/funding-plan", token);
            case "GET /api/projects/{id}/disbursements":
                return await client.GetAsync($"/api/projects/{(await target.Project()).Id}/disbursements", token);
            case "GET /api/agreements/{id}/funding":
                return await client.GetAsync($"/api/agreements/{target.AgreementId}/funding", token);
            case "GET /api/projects/priority":
                return await client.GetAsync($"/api/projects/priority?agreementId={target.AgreementId}", token);
            case "POST /api/projects":
                return await client.PostJsonAsync("/api/projects", FundingRequests.ProjectBody(target.AgreementId, "10000", target.District), token);
            case "POST /api/projects/{id}/approve":
                return await client.SendJsonAsync(HttpMethod.Post, $"/api/projects/{(await Fresh(target)).Id}/approve", null, token);
            case "POST /api/projects/{id}/status":
                return await client.PostJsonAsync($"/api/projects/{(await FreshApproved(target)).Id}/status", """{"status": "Implementation"}""", token);
            case "POST /api/projects/{id}/disbursements":
            {
                var project = await FreshApproved(target);
                var source = user.StartsWith("district", StringComparison.Ordinal) ? "district"
                    : user.StartsWith("city", StringComparison.Ordinal) ? "city-level" : "upper";
                return await stack.DisburseAsync(project.Id, user, source, "arrived", "1000");
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not in the matrix.");
        }
    }

    private Task<Target> Fresh(MatrixTarget target) => stack.RegisteredAsync(target.Bureau, target.AgreementId, 10_000m, target.District);

    private Task<Target> FreshApproved(MatrixTarget target) => stack.ApprovedAsync(target.Bureau, target.Planning, target.AgreementId, 10_000m, target.District);

    private sealed record MatrixTarget(string AgreementId, string? District, string Bureau, string Planning, Func<Task<Target>> Project);
}
