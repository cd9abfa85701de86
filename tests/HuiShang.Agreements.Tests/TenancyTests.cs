using HuiShang.Contracts.Agreements.V1;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>api.md tenancy per RPC: another region or jurisdiction is NOT_FOUND, a wrong role PERMISSION_DENIED.</summary>
public sealed class TenancyTests
{
    private static readonly Parties Gx = Parties.Nanning;

    [Fact]
    public async Task Reads_are_limited_to_the_jurisdiction_the_region_and_the_divisions_asked()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx));

        foreach (var user in new[] { Gx.Planning, Gx.Director, "expert.1@450000", Gx.Division, Gx.Bureau, Gx.Leader, "city-system@450100" })
        {
            Assert.Equal(agreement.Id, (await host.GetAsync(agreement.Id, user)).Id);
            Assert.Single((await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest(), host.As(user))).Items);
        }

        foreach (var user in new[] { Parties.Liuzhou.Bureau, Parties.Liuzhou.Leader, "province-planning@130000", "province-division.agriculture@450000", "district@650102", "admin@000000" })
        {
            await AssertStatusAsync(StatusCode.NotFound, () => host.GetAsync(agreement.Id, user));
            await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(user)));
            await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.ListVersions, new GetAgreementRequest { Id = agreement.Id }, host.As(user)));
            await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.GetVersion, new GetVersionRequest { AgreementId = agreement.Id, Number = 1 }, host.As(user)));
            await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.Diff, new DiffVersionsRequest { AgreementId = agreement.Id, From = 1, To = 1 }, host.As(user)));
            Assert.Empty((await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest(), host.As(user))).Items);
        }
    }

    [Fact]
    public async Task Writes_check_the_role_then_the_owner()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.StartRoundAsync(Gx, await host.SelectedAsync(Gx));
        var round = agreement.CommentRounds.Single();
        var hebei = Parties.Shijiazhuang;

        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.Channel.UnaryAsync(AgreementsApi.CreateVersion, NextVersion(agreement), host.As(Gx.Bureau)));
        await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.CreateVersion, NextVersion(agreement), host.As(hebei.Planning)));
        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.StartRoundAsync(Parties.Nanning with { Planning = Gx.Director }, agreement));
        await AssertStatusAsync(StatusCode.NotFound, () => host.StartRoundAsync(hebei, agreement));
        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.CommentAsync(Gx.Planning, agreement, round.Id, "意见"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.CommentAsync("province-division.agriculture@450000", agreement, round.Id, "意见"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.CommentAsync(hebei.Division, agreement, round.Id, "意见"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.CommentAsync(Gx.Division, agreement, Guid.NewGuid().ToString(), "意见"));
        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Leader, agreement, "approve"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.ReviewAsync(AgreementsApi.DirectorReview, hebei.Director, agreement, "approve"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.ReviewAsync(AgreementsApi.CityReview, Parties.Liuzhou.Leader, agreement, "approve"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.ApproveAsync(Parties.Liuzhou.Leader, agreement));
        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.ApproveAsync(Gx.Bureau, agreement));
        await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.FormalDocument,
            new FormalDocumentRequest { AgreementId = agreement.Id, DocumentNumber = "1", IssuedOn = Wire.Date("2025-05-01") }, host.As(Parties.Liuzhou.Bureau)));
        await AssertStatusAsync(StatusCode.NotFound, () => host.ScheduleAsync(hebei, agreement));
        await AssertStatusAsync(StatusCode.NotFound, () => host.SignAsync(Parties.Liuzhou.Leader, agreement));
        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.SignAsync(Gx.Bureau, agreement));
        await AssertStatusAsync(StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.DecideRenewal, new RenewalRequest { AgreementId = agreement.Id }, host.As(hebei.Planning)));

        // The refusals changed nothing.
        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(Gx.Planning));
        Assert.Equal(["draft", "start-comment-round"], history.Entries.Select(e => e.Action));
    }

    [Fact]
    public async Task XJ_a_district_sees_only_the_signed_agreements_of_its_city_and_a_division_all_signed_ones()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var xj = Parties.Urumqi;
        // The XJ profile (in force 2023-04-23..2025-12-31) has no approval chain: only the signature remains.
        var agreement = await host.SelectedAsync(xj, Selection(xj, tier: "General", year: 2024, selectedOn: new DateOnly(2024, 6, 1)));
        Assert.Equal(("ReadyToSign", 1, "xj/2023-04-23"), (agreement.Status, agreement.ApprovedVersion, agreement.PolicyVersion));
        Assert.Equal(["signing:Current"], agreement.Steps.Select(s => $"{s.Step}:{s.State}"));

        await AssertStatusAsync(StatusCode.NotFound, () => host.GetAsync(agreement.Id, "district@650102"));
        await AssertStatusAsync(StatusCode.NotFound, () => host.GetAsync(agreement.Id, "province-division.high-tech@650000"));
        agreement = await host.SignedAsync(xj, agreement);
        Assert.Equal(("Signed", ""), (agreement.Status, agreement.ExpiresOn.Text()));

        Assert.Equal(agreement.Id, (await host.GetAsync(agreement.Id, "district@650102")).Id);
        Assert.Single((await host.Channel.UnaryAsync(AgreementsApi.List, new ListAgreementsRequest { Status = "Signed" }, host.As("district@650103"))).Items);
        Assert.Equal(agreement.Id, (await host.GetAsync(agreement.Id, "province-division.high-tech@650000")).Id);
        await AssertStatusAsync(StatusCode.NotFound, () => host.GetAsync(agreement.Id, "city-bureau@450100"));
    }
}
