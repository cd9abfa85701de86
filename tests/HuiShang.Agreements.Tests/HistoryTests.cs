using HuiShang.Contracts.Agreements.V1;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>Every change is audited in order: who, when, action, from and to status, version.</summary>
public sealed class HistoryTests
{
    [Fact]
    public async Task GX15_GX16_history_records_each_step_with_who_from_to_and_version()
    {
        var gx = Parties.Nanning;
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.SelectedAsync(gx);
        agreement = await host.StartRoundAsync(gx, agreement);
        agreement = await host.CommentAsync(gx.Division, agreement, agreement.CommentRounds.Single().Id, null);
        agreement = await host.CreateVersionAsync(gx, agreement, roundId: agreement.CommentRounds.Single().Id);
        await host.ReviewAsync(AgreementsApi.DirectorReview, gx.Director, agreement, "return", "补充");

        var history = await host.Channel.UnaryAsync(AgreementsApi.History, new GetHistoryRequest { Id = agreement.Id }, host.As(gx.Leader));
        Assert.Equal(
            [
                "draft|system||Drafting|1",
                "start-comment-round|province-planning@450000|Drafting|InComments|1",
                "no-comment|province-division.high-tech@450000|InComments|Drafting|1",
                "create-version|province-planning@450000|Drafting|AwaitingDirectorReview|2",
                "director-return|province-director@450000|AwaitingDirectorReview|Drafting|2",
            ],
            history.Entries.Select(e => $"{e.Action}|{e.By}|{e.FromStatus}|{e.ToStatus}|{e.Version}"));
        Assert.All(history.Entries, e => Assert.EndsWith("Z", e.At.Text(), StringComparison.Ordinal));
        Assert.Equal("补充", history.Entries.Last().Detail);
    }

    [Fact]
    public async Task GX15_versions_are_kept_and_diffed_by_item_and_line()
    {
        var gx = Parties.Nanning;
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var agreement = await host.CreateVersionAsync(gx, await host.SelectedAsync(gx));

        var versions = await host.Channel.UnaryAsync(AgreementsApi.ListVersions, new GetAgreementRequest { Id = agreement.Id }, host.As(gx.Bureau));
        Assert.Equal([1, 2], versions.Versions.Select(v => v.Number));
        Assert.Equal("system", (await host.Channel.UnaryAsync(AgreementsApi.GetVersion, new GetVersionRequest { AgreementId = agreement.Id, Number = 1 }, host.As(gx.Bureau))).CreatedBy);

        var diff = await host.Channel.UnaryAsync(AgreementsApi.Diff, new DiffVersionsRequest { AgreementId = agreement.Id, From = 1, To = 2 }, host.As(gx.Planning));
        Assert.Equal(2, diff.Items.Count);
        Assert.All(diff.Items, i => Assert.Equal(("changed", "leadUnit,dueOn"), (i.Kind, string.Join(",", i.ChangedFields))));
        Assert.Equal("+", diff.Lines.Last().Op);
        Assert.All(diff.Lines.SkipLast(1), l => Assert.Equal(" ", l.Op));

        await AssertStatusAsync(global::Grpc.Core.StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.Diff, new DiffVersionsRequest { AgreementId = agreement.Id, From = 1, To = 7 }, host.As(gx.Planning)));
        await AssertStatusAsync(global::Grpc.Core.StatusCode.NotFound, () => host.Channel.UnaryAsync(AgreementsApi.GetVersion, new GetVersionRequest { AgreementId = agreement.Id, Number = 3 }, host.As(gx.Planning)));
    }
}
