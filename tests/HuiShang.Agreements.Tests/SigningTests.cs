using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Events;
using Grpc.Core;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>GX-17 / HB-16(四): only the approved version is signed, at the meeting; a signed agreement is final.</summary>
public sealed class SigningTests
{
    private static readonly Parties Gx = Parties.Nanning;

    private static async Task<Agreement> ReadyToSignAsync(HuiShang.ServiceTesting.ServiceHost host)
    {
        var agreement = await host.PassCommentsAsync(Gx, await host.SelectedAsync(Gx));
        return await host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "approve");
    }

    [Fact]
    public async Task GX17_signing_needs_the_meeting_first()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await ReadyToSignAsync(host);

        var refused = await RefusedAsync(() => host.SignAsync(Gx.Director, agreement));
        AssertProblem(refused, StatusCode.FailedPrecondition, "invalid-state");
        Assert.Contains("Schedule the meeting first", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await host.GetAsync(agreement.Id, Gx.Planning)).Signatures);
    }

    [Fact]
    public async Task GX17_only_the_approved_version_can_be_signed_and_it_can_no_longer_be_edited()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.ScheduleAsync(Gx, await ReadyToSignAsync(host));
        Assert.Equal(2, agreement.ApprovedVersion);

        var older = await RefusedAsync(() => host.SignAsync(Gx.Director, agreement, version: 1));
        AssertProblem(older, StatusCode.FailedPrecondition, "invalid-state");
        Assert.Contains("Only the approved version", older.Status.Detail, StringComparison.Ordinal);
        await AssertInvalidStateAsync(() => host.CreateVersionAsync(Gx, agreement));
        Assert.Equal(2, (await host.GetAsync(agreement.Id, Gx.Planning)).CurrentVersion.Number);

        agreement = await host.SignAsync(Gx.Director, agreement, version: 2);
        await AssertInvalidStateAsync(() => host.SignAsync(Gx.Director, agreement));
        Assert.Equal("Signed", (await host.SignAsync(Gx.Leader, agreement)).Status);
    }

    [Fact]
    public async Task GX17_a_signed_agreement_cannot_be_edited_commented_or_reviewed()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SignedAsync(Gx, await host.SelectedAsync(Gx));
        Assert.Equal("Signed", agreement.Status);

        await AssertInvalidStateAsync(() => host.CreateVersionAsync(Gx, agreement));
        await AssertInvalidStateAsync(() => host.StartRoundAsync(Gx, agreement));
        await AssertInvalidStateAsync(() => host.CommentAsync(Gx.Division, agreement, agreement.CommentRounds[0].Id, "补充"));
        await AssertInvalidStateAsync(() => host.ReviewAsync(AgreementsApi.DirectorReview, Gx.Director, agreement, "return", "重议"));
        await AssertInvalidStateAsync(() => host.ScheduleAsync(Gx, agreement));
        await AssertInvalidStateAsync(() => host.SignAsync(Gx.Leader, agreement));
        Assert.Single(await host.EventsAsync<AgreementSigned>());
    }

    [Fact]
    public async Task HB15_AgreementExpiring_is_published_once_before_expiry_and_renewal_is_decided_once()
    {
        var clock = AgreementsHost.Clock();
        await using var host = await AgreementsHost.StartAsync(clock);
        var hb = Parties.Shijiazhuang;
        var draft = await host.SelectedAsync(hb);
        var renewal = new RenewalRequest { AgreementId = draft.Id, Renew = true, Note = "双方同意续签" };
        await AssertInvalidStateAsync(() => host.Channel.UnaryAsync(AgreementsApi.DecideRenewal, renewal, host.As(hb.Planning)));

        var agreement = await host.SignedAsync(hb, draft);
        var expires = new DateOnly(2030, 5, 10);
        Assert.Equal("2030-05-10", agreement.ExpiresOn.Text());

        clock.SetDate(expires.AddDays(-91));
        Assert.Equal(0, await host.ScanAsync());
        clock.SetDate(expires.AddDays(-90));
        Assert.Equal(1, await host.ScanAsync());
        clock.SetDate(expires.AddDays(-10));
        Assert.Equal(0, await host.ScanAsync());
        var expiring = Assert.Single(await host.EventsAsync<AgreementExpiring>());
        Assert.Equal((Guid.Parse(agreement.Id), expires, 90, "130100"), (expiring.AgreementId, expiring.ExpiresOn, expiring.DaysLeft, expiring.RegionCode));

        agreement = await host.Channel.UnaryAsync(AgreementsApi.DecideRenewal, renewal, host.As(hb.Planning));
        Assert.Equal((true, "双方同意续签"), (agreement.Renewal.Renew, agreement.Renewal.Note));
        await AssertInvalidStateAsync(() => host.Channel.UnaryAsync(AgreementsApi.DecideRenewal, renewal, host.As(hb.Planning)));
        await AssertStatusAsync(StatusCode.PermissionDenied, () => host.Channel.UnaryAsync(AgreementsApi.DecideRenewal, renewal, host.As(hb.Director)));
    }
}
