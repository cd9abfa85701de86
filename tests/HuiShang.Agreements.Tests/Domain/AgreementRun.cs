using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Events;
using HuiShang.Policies;

namespace HuiShang.Agreements.Tests.DomainRules;

/// <summary>
/// One agreement driven through its chain without a host: opened from a selection under the shipped seed
/// profile (GX, HB), with the latest version kept for signing. Every step happens on <see cref="Now"/>.
/// </summary>
internal sealed class AgreementRun
{
    public const string Guangxi = "450000";
    public const string Hebei = "130000";
    public const string Division = "division-a";
    public const string By = "tester";
    public static readonly PolicyCatalog Seeds = SeedPolicies.Catalog;

    /// <summary>2025-05-06 10:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2025, 5, 6, 10, 0, 0, TimeSpan.FromHours(8));

    private AgreementRun(Agreement agreement, AgreementVersion first) => (Agreement, Latest) = (agreement, first);

    public Agreement Agreement { get; }

    public AgreementVersion Latest { get; private set; }

    public static AgreementRun Open(string jurisdiction, string region, Agreement? signedFramework = null)
    {
        var selected = new ProposalSelected(Guid.NewGuid(), Guid.NewGuid(), 2025, region, jurisdiction, "Key", true, null,
            [new SelectedTopic("风电装备", "major-needs", "new-energy", 5_000_000m)], "seed", Now.AddDays(-30), By);
        var policy = Seeds.InForce(jurisdiction, PolicyCalendar.DateOf(selected.SelectedAt));
        var (agreement, version, _) = Agreement.Open(OpeningFactory.For(selected, policy, signedFramework), Now.AddDays(-30));
        return new AgreementRun(agreement, version);
    }

    public static List<AgreedItem> Items() => [new("风电装备", "new-energy", Sides.City, "市科技局", ["市财政局"], "张三", new DateOnly(2026, 6, 30))];

    public CommentRound StartRound(DateOnly dueOn) => Agreement.StartCommentRound(0, [Division], dueOn, By, Now);

    public AgreementVersion Revise(Guid? roundId = null, Guid? reviewId = null) =>
        Latest = Agreement.AddVersion(Agreement.CurrentVersion, new VersionDraft("修改稿", Items(), roundId, reviewId), By, Now);

    /// <summary>GX-15: a round, one comment adopted, and the version answering it (建议稿).</summary>
    public AgreementRun PassComments()
    {
        var round = StartRound(new DateOnly(2025, 5, 20));
        var comment = Agreement.AddComment(round, Division, "请补充配套措施", false, By, Now);
        Agreement.ResolveComments(round, [new CommentDecision(0, comment.Id, CommentResolutions.Adopted, null)], By, Now);
        Revise(round.Id);
        return this;
    }

    public AgreementRun DirectorApproves()
    {
        Agreement.DirectorReview(Review.Approve, [], 0, By, Now);
        return this;
    }

    /// <summary>HB after the director: city leaders, both governments, the formal document.</summary>
    public AgreementRun CityAndFormalDocument()
    {
        Agreement.CityReview(Review.Approve, [], 0, By, Now);
        Agreement.Approve(Sides.Province, 0, By, Now);
        Agreement.Approve(Sides.City, 0, By, Now);
        Agreement.RecordFormalDocument("市政〔2025〕1号", new DateOnly(2025, 5, 5), By, Now);
        return this;
    }

    public AgreementRun Schedule(params string[] agenda)
    {
        Agreement.ScheduleMeeting(new MeetingPlan(Now.AddDays(20), "会议中心", ["厅长", "市长"], agenda, []), By, Now);
        return this;
    }

    public AgreementSigned SignBoth()
    {
        Assert.Null(Agreement.Sign(Sides.Province, 0, "director", "厅长", Now, Latest));
        return Agreement.Sign(Sides.City, 0, "mayor", "市长", Now, Latest)!;
    }

    /// <summary>A signed framework of the jurisdiction, through its whole chain.</summary>
    public static Agreement SignedFramework(string jurisdiction, string region)
    {
        var run = Open(jurisdiction, region).PassComments().DirectorApproves();
        if (jurisdiction == Hebei)
        {
            run.CityAndFormalDocument();
        }

        run.Schedule().SignBoth();
        return run.Agreement;
    }
}
