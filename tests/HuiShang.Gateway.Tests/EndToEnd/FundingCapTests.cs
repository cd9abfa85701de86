using System.Net;
using HuiShang.Gateway.Tests.Infrastructure;

namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// GX-18 through the gateway: a request above the envelope's cap is a 409 cap-exceeded problem with
/// the rule id and the figures, and nothing is stored. Liuzhou is a general city (10,000,000);
/// only this class registers projects under its agreement, so its envelope is this class's to fill.
/// </summary>
[Collection(FundingCollection.Name)]
public sealed class FundingCapTests(FundingStack stack)
{
    private const string Liuzhou = FundingStack.LiuzhouBureau;

    [Fact]
    public async Task GX18_general_city_envelope_is_10_million_and_a_request_above_what_remains_is_refused_with_the_figures()
    {
        var agreement = stack.LiuzhouAgreementId;
        var envelope = await stack.EnvelopeAsync(agreement, Liuzhou);
        Assert.Equal("General", envelope.GetProperty("tier").GetString());
        Assert.Equal(10_000_000m, envelope.Money("cap"));

        // Fill most of it, then ask for one fen more than remains.
        await stack.RegisteredAsync(Liuzhou, agreement, 6_000_000m);
        var remaining = (await stack.EnvelopeAsync(agreement, Liuzhou)).Money("remaining");
        var projectsBefore = await stack.ProjectIdsAsync(agreement, Liuzhou);
        var requested = remaining + 0.01m;

        var refused = await stack.RegisterAsync(Liuzhou, agreement, FundingRequests.Number(requested));

        var problem = await refused.ShouldBeProblemAsync(409, "cap-exceeded");
        Assert.Equal("GX-18", problem.GetProperty("ruleId").GetString());
        var detail = Digits(problem.GetProperty("detail").GetString()!);
        Assert.Contains("10000000", detail, StringComparison.Ordinal);                                  // the cap
        Assert.Contains(FundingRequests.Number(10_000_000m - remaining).Split('.')[0], detail, StringComparison.Ordinal); // committed
        Assert.Contains(FundingRequests.Number(requested).Split('.')[0], detail, StringComparison.Ordinal);            // requested
        Assert.Equal(projectsBefore, await stack.ProjectIdsAsync(agreement, Liuzhou));
        Assert.Equal(remaining, (await stack.EnvelopeAsync(agreement, Liuzhou)).Money("remaining"));

        // Exactly what remains fits (the cap is a maximum), and then not one fen more.
        await stack.RegisteredAsync(Liuzhou, agreement, remaining);
        Assert.Equal(0m, (await stack.EnvelopeAsync(agreement, Liuzhou)).Money("remaining"));
        var full = await stack.RegisterAsync(Liuzhou, agreement, "0.01");
        Assert.Equal("GX-18", (await full.ShouldBeProblemAsync(409, "cap-exceeded")).GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task GX18_key_city_single_request_above_20_million_is_refused_and_nothing_is_stored()
    {
        var agreement = stack.NanningAgreementId;
        var before = await stack.ProjectIdsAsync(agreement, FundingStack.NanningBureau);
        var committed = (await stack.EnvelopeAsync(agreement, FundingStack.NanningBureau)).Money("committed");

        var refused = await stack.RegisterAsync(FundingStack.NanningBureau, agreement, "20000000.01");

        var problem = await refused.ShouldBeProblemAsync(409, "cap-exceeded");
        Assert.Equal("GX-18", problem.GetProperty("ruleId").GetString());
        Assert.Contains("20000000", Digits(problem.GetProperty("detail").GetString()!), StringComparison.Ordinal);
        Assert.Equal(before, await stack.ProjectIdsAsync(agreement, FundingStack.NanningBureau));
        Assert.Equal(committed, (await stack.EnvelopeAsync(agreement, FundingStack.NanningBureau)).Money("committed"));
    }

    [Fact]
    public async Task XJ_sets_no_cap_so_the_envelope_has_none()
    {
        var envelope = await stack.EnvelopeAsync(stack.UrumqiAgreementId, FundingStack.UrumqiBureau);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, envelope.GetProperty("cap").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, envelope.GetProperty("remaining").ValueKind);
        Assert.Equal("xj/2023-04-23", envelope.GetProperty("policyVersion").GetString());
        await stack.RegisteredAsync(FundingStack.UrumqiBureau, stack.UrumqiAgreementId, 30_000_000m, "650102");
    }

    /// <summary>The detail's figures without thousands separators, so "10,000,000.00" and "10000000.00" both match.</summary>
    private static string Digits(string detail) => detail.Replace(",", "", StringComparison.Ordinal);
}
