using System.Globalization;
using System.Net;
using System.Text.Json;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>The funding calls a portal makes, through the real gateway, for the scenarios and the matrix.</summary>
internal static class FundingRequests
{
    public static string ProjectBody(string agreementId, string upperSupport, string? districtCode = null, string mode = "揭榜制", string? offeredMatchRatio = null) => $$"""
        {
          "agreementId": "{{agreementId}}",
          "title": "新能源汽车电驱系统联合攻关",
          "field": "new-energy",
          {{(districtCode is null ? "" : $"\"districtCode\": \"{districtCode}\",")}}
          {{(offeredMatchRatio is null ? "" : $"\"offeredMatchRatio\": {offeredMatchRatio},")}}
          "upperSupport": {{upperSupport}},
          "mode": "{{mode}}"
        }
        """;

    public static Task<HttpResponseMessage> RegisterAsync(
        this FundingStack stack, string user, string agreementId, string upperSupport, string? districtCode = null, string? offeredMatchRatio = null) =>
        stack.Client.PostJsonAsync("/api/projects", ProjectBody(agreementId, upperSupport, districtCode, offeredMatchRatio: offeredMatchRatio), stack.Token(user));

    /// <summary>A registered (Applied) project; fails the test with the body otherwise.</summary>
    public static async Task<Target> RegisteredAsync(
        this FundingStack stack, string user, string agreementId, decimal upperSupport, string? districtCode = null, decimal? offeredMatchRatio = null)
    {
        var response = await stack.RegisterAsync(user, agreementId, Number(upperSupport), districtCode, offeredMatchRatio is { } r ? Number(r) : null);
        var project = await FundingStack.ExpectAsync(response, HttpStatusCode.Created, $"Registering as {user}");
        return new Target(project.GetProperty("id").GetString()!, response.Headers.ETag?.Tag);
    }

    /// <summary>A registered project approved by the coordinating division of <paramref name="planning"/>.</summary>
    public static async Task<Target> ApprovedAsync(
        this FundingStack stack, string user, string planning, string agreementId, decimal upperSupport, string? districtCode = null, decimal? offeredMatchRatio = null)
    {
        var project = await stack.RegisteredAsync(user, agreementId, upperSupport, districtCode, offeredMatchRatio);
        var response = await stack.Client.SendJsonAsync(HttpMethod.Post, $"/api/projects/{project.Id}/approve", null, stack.Token(planning));
        await FundingStack.ExpectAsync(response, HttpStatusCode.OK, $"Approving {project.Id}");
        return project with { ETag = response.Headers.ETag?.Tag };
    }

    public static async Task<JsonElement> GetJsonAsync(this FundingStack stack, string path, string user) =>
        await FundingStack.ExpectAsync(await stack.Client.GetAsync(path, stack.Token(user)), HttpStatusCode.OK, $"GET {path} as {user}");

    public static Task<JsonElement> EnvelopeAsync(this FundingStack stack, string agreementId, string user) =>
        stack.GetJsonAsync($"/api/agreements/{agreementId}/funding", user);

    /// <summary>The ids of an agreement's projects the user sees.</summary>
    public static async Task<List<string>> ProjectIdsAsync(this FundingStack stack, string agreementId, string user)
    {
        var list = await stack.GetJsonAsync($"/api/projects?agreementId={agreementId}", user);
        return list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
    }

    public static Task<HttpResponseMessage> DisburseAsync(this FundingStack stack, string projectId, string user, string source, string kind, string amount) =>
        stack.Client.PostJsonAsync(
            $"/api/projects/{projectId}/disbursements",
            $$"""{"source": "{{source}}", "kind": "{{kind}}", "amount": {{amount}}, "note": "财政拨付"}""",
            stack.Token(user));

    public static decimal Money(this JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
