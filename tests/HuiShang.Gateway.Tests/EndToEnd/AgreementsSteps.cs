using System.Net;
using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// The steps of domain.md §2.2 as portal users take them through the gateway, each asserting its
/// status and returning the agreement it answered with.
/// </summary>
public sealed class AgreementsSteps(AgreementsStack stack)
{
    /// <summary>A due date after the agreements clock's today.</summary>
    public const string DueOn = "2026-03-20";

    public HttpClient Client => stack.Client;

    public string Token(string user) => stack.Token(user);

    public static string Path(string id, string action = "") => $"/api/agreements/{id}{action}";

    public async Task<JsonElement> GetAsync(string user, string id)
    {
        var response = await Client.GetAsync(Path(id), Token(user));
        return await ExpectAsync(response, HttpStatusCode.OK, $"GET {id} as {user}");
    }

    /// <summary>How many audit entries a GX agreement has: a refused request must not add one.</summary>
    public async Task<int> HistoryLengthAsync(string id)
    {
        var response = await Client.GetAsync(Path(id, "/history"), Token(AgreementsStack.GxPlanning));
        return (await ExpectAsync(response, HttpStatusCode.OK, $"History of {id}")).GetProperty("items").GetArrayLength();
    }

    public Task<HttpResponseMessage> PostAsync(string user, string id, string action, string? body) =>
        Client.SendJsonAsync(HttpMethod.Post, Path(id, action), body, Token(user));

    public async Task<JsonElement> ActAsync(string user, string id, string action, string? body)
    {
        var response = await PostAsync(user, id, action, body);
        return await ExpectAsync(response, HttpStatusCode.OK, $"POST {action} as {user}");
    }

    /// <summary>The ETag the gateway answers GET with: the current version.</summary>
    public async Task<string> ETagAsync(string user, string id)
    {
        var response = await Client.GetAsync(Path(id), Token(user));
        await ExpectAsync(response, HttpStatusCode.OK, $"GET {id} as {user}");
        return response.Headers.ETag?.Tag ?? throw new Xunit.Sdk.XunitException("GET /api/agreements/{id} answered without an ETag.");
    }

    public Task<HttpResponseMessage> PostVersionAsync(string user, string id, string? ifMatch, string body) =>
        Client.SendJsonAsync(HttpMethod.Post, Path(id, "/versions"), body, Token(user), ifMatch);

    /// <summary>A new version by the planning division of <paramref name="planning"/>, If-Match from a fresh GET.</summary>
    public async Task<JsonElement> NewVersionAsync(string planning, string id, string text, string? commentRoundId = null, string? addressesReviewId = null)
    {
        var response = await PostVersionAsync(planning, id, await ETagAsync(planning, id), VersionBody(text, commentRoundId, addressesReviewId));
        return await ExpectAsync(response, HttpStatusCode.Created, $"POST versions of {id}");
    }

    /// <summary>A comment round asking <paramref name="divisions"/>; returns the round's id.</summary>
    public async Task<string> StartRoundAsync(string planning, string id, params string[] divisions)
    {
        var list = string.Join(", ", divisions.Select(d => $"\"{d}\""));
        var agreement = await ActAsync(planning, id, "/comment-rounds", $$"""{"divisions": [{{list}}], "dueOn": "{{DueOn}}"}""");
        return agreement.GetProperty("commentRounds").EnumerateArray().Last().GetProperty("id").GetString()!;
    }

    public Task<JsonElement> CommentAsync(string division, string id, string roundId, string? text) =>
        ActAsync(division, id, "/comments", text is null
            ? $$"""{"roundId": "{{roundId}}", "noComment": true}"""
            : $$"""{"roundId": "{{roundId}}", "text": "{{text}}"}""");

    /// <summary>Adopts every comment of the round.</summary>
    public async Task<JsonElement> ResolveAllAsync(string planning, string id, string roundId)
    {
        var round = Round(await GetAsync(planning, id), roundId);
        var resolutions = string.Join(", ", round.GetProperty("comments").EnumerateArray()
            .Select(c => $$"""{"commentId": "{{c.GetProperty("id").GetString()}}", "resolution": "adopted", "reason": "已采纳。"}"""));
        return await ActAsync(planning, id, $"/comment-rounds/{roundId}/resolutions", $$"""{"resolutions": [{{resolutions}}]}""");
    }

    /// <summary>GX-15: one round (high-tech comments), resolved, answered by a version; the agreement then awaits the director.</summary>
    public async Task<JsonElement> CommentedAsync(string planning, string division, string id)
    {
        var roundId = await StartRoundAsync(planning, id, Division(division));
        await CommentAsync(division, id, roundId, "请明确市方配套资金到位时间。");
        await ResolveAllAsync(planning, id, roundId);
        return await NewVersionAsync(planning, id, "采纳各处室意见后的建议稿。\n市方配套资金于立项后 90 日内到位。", commentRoundId: roundId);
    }

    public Task<JsonElement> ReviewAsync(string reviewer, string id, string action, string decision, params string[] reasons)
    {
        var list = string.Join(", ", reasons.Select(r => $"\"{r}\""));
        return ActAsync(reviewer, id, action, $$"""{"decision": "{{decision}}", "reasons": [{{list}}]}""");
    }

    public Task<JsonElement> ScheduleMeetingAsync(string planning, string id) =>
        ActAsync(planning, id, "/meeting", """{"at": "2026-03-18T09:30", "place": "自治区科技厅 3 楼会议室", "participants": ["厅长", "市长"], "materials": ["市长讲话稿"]}""");

    /// <summary>A GX agreement commented on and approved by the director: ReadyToSign.</summary>
    public async Task<JsonElement> ReadyToSignAsync(string id)
    {
        await CommentedAsync(AgreementsStack.GxPlanning, AgreementsStack.GxHighTech, id);
        var agreement = await ReviewAsync(AgreementsStack.GxDirector, id, "/director-review", "approve");
        Assert.Equal("ReadyToSign", agreement.GetProperty("status").GetString());
        return agreement;
    }

    /// <summary>A GX agreement all the way: comments, director, meeting, both signatures.</summary>
    public async Task<JsonElement> SignedAsync(string id)
    {
        await ReadyToSignAsync(id);
        await ScheduleMeetingAsync(AgreementsStack.GxPlanning, id);
        await ActAsync(AgreementsStack.GxDirector, id, "/sign", null);
        var agreement = await ActAsync(AgreementsStack.NanningLeader, id, "/sign", null);
        Assert.Equal("Signed", agreement.GetProperty("status").GetString());
        return agreement;
    }

    public static string VersionBody(string text, string? commentRoundId = null, string? addressesReviewId = null, string dueOn = "2026-12-31") => $$"""
        {
          "text": "{{text.Replace("\n", "\\n", StringComparison.Ordinal)}}",
          "items": [
            {"title": "面向东盟的新能源汽车关键零部件研发", "field": "new-energy", "ownerSide": "city", "leadUnit": "南宁市科技局",
             "coUnits": ["自治区科技厅高新技术处"], "responsiblePerson": "张伟", "dueOn": "{{dueOn}}"},
            {"title": "新能源汽车创新平台共建", "field": "new-energy", "ownerSide": "province", "leadUnit": "自治区科技厅高新技术处",
             "coUnits": [], "responsiblePerson": "李娜", "dueOn": "2027-06-30"}
          ]
          {{(commentRoundId is null ? "" : $", \"commentRoundId\": \"{commentRoundId}\"")}}
          {{(addressesReviewId is null ? "" : $", \"addressesReviewId\": \"{addressesReviewId}\"")}},
          "note": "修改稿"
        }
        """;

    public static JsonElement Round(JsonElement agreement, string roundId) =>
        agreement.GetProperty("commentRounds").EnumerateArray().Single(r => r.GetProperty("id").GetString() == roundId);

    /// <summary>"province-division.high-tech@450000" → "high-tech".</summary>
    public static string Division(string user) => user["province-division.".Length..user.IndexOf('@')];

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
