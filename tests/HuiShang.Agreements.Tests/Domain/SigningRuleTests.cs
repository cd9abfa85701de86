using HuiShang.Agreements.Domain;
using HuiShang.ServiceDefaults.Problems;
using static HuiShang.Agreements.Tests.DomainRules.AgreementRun;

namespace HuiShang.Agreements.Tests.DomainRules;

/// <summary>Meeting, signatures, validity and work meetings (GX-10, GX-17..19, HB-15..18) checked by the Agreement itself, without a host.</summary>
public sealed class SigningRuleTests
{
    private static AgreementRun ReadyToSign() => Open(Guangxi, "450100").PassComments().DirectorApproves();

    [Fact]
    public void GX_17_一_the_meeting_is_scheduled_before_anyone_signs_and_fixed_once_signing_starts()
    {
        var run = ReadyToSign();

        Assert.Throws<InvalidStateException>(() => run.Agreement.Sign(Sides.Province, 0, By, "厅长", Now, run.Latest));
        run.Schedule().Schedule();
        run.Agreement.Sign(Sides.Province, 0, By, "厅长", Now, run.Latest);

        Assert.Throws<InvalidStateException>(() => run.Schedule());
        Assert.Equal(("会议中心", Now.AddDays(20)), (run.Agreement.Meeting!.Place, run.Agreement.Meeting.At));
    }

    [Fact]
    public void GX_17_三_an_empty_agenda_takes_the_standard_agenda_of_the_meeting()
    {
        var run = ReadyToSign().Schedule();

        Assert.Equal(DefaultAgenda.Steps, run.Agreement.Meeting!.Agenda);
        Assert.Equal(5, run.Agreement.Meeting.Agenda.Count);
        Assert.Equal(["报告"], ReadyToSign().Schedule("报告").Agreement.Meeting!.Agenda);
    }

    [Fact]
    public void GX_17_the_director_and_the_city_leader_sign_the_approved_version_once_each()
    {
        var run = ReadyToSign().Schedule();

        Assert.Throws<InvalidStateException>(() => run.Agreement.Sign(Sides.Province, 1, By, "厅长", Now, run.Latest));
        Assert.Throws<InvalidStateException>(() => run.Agreement.Sign(Sides.Province, 0, By, "厅长", Now, null));
        Assert.Null(run.Agreement.Sign(Sides.Province, 0, By, "厅长", Now, run.Latest));
        Assert.Throws<InvalidStateException>(() => run.Agreement.Sign(Sides.Province, 0, By, "厅长", Now, run.Latest));
        var signed = run.Agreement.Sign(Sides.City, 0, By, "市长", Now, run.Latest)!;

        Assert.Equal((AgreementStatus.Signed, 2, "厅长", "市长"), (run.Agreement.Status, signed.Version, signed.ProvinceSignedBy, signed.CitySignedBy));
    }

    [Fact]
    public void GX_18_and_GX_19_the_signed_agreement_carries_each_agreed_item_with_owner_units_person_and_timetable()
    {
        var item = ReadyToSign().Schedule().SignBoth().Items.Single();

        Assert.Equal(("风电装备", "new-energy", Sides.City, "市科技局"), (item.Title, item.Field, item.OwnerSide, item.LeadUnit));
        Assert.Equal(["市财政局"], item.CoUnits);
        Assert.Equal(("张三", new DateOnly(2026, 6, 30)), (item.ResponsiblePerson, item.DueOn));
    }

    [Fact]
    public void GX_10_a_signed_framework_runs_for_the_three_year_round()
    {
        var signed = ReadyToSign().Schedule().SignBoth();

        Assert.Equal((new DateOnly(2025, 5, 6), new DateOnly(2028, 5, 6)), (signed.SignedOn, signed.ExpiresOn));
    }

    [Fact]
    public void HB_16_四_both_sides_sign_at_the_meeting_after_the_formal_document()
    {
        var run = Open(Hebei, "130100").PassComments().DirectorApproves();
        Assert.Throws<InvalidStateException>(() => run.Schedule());
        run.CityAndFormalDocument().Schedule();

        var signed = run.SignBoth();

        Assert.Equal((AgreementStatus.Signed, "hb/2019-01-01"), (run.Agreement.Status, signed.PolicyVersion));
    }

    [Fact]
    public void HB_15_a_framework_runs_about_five_years_with_one_expiry_notice_and_one_renewal_decision()
    {
        var agreement = SignedFramework(Hebei, "130100");
        var expires = new DateOnly(2030, 5, 6);

        Assert.Equal(expires, agreement.ExpiresOn);
        Assert.Null(agreement.NoticeExpiry(expires.AddDays(-91), 90, Now));
        Assert.Equal(90, agreement.NoticeExpiry(expires.AddDays(-90), 90, Now)!.DaysLeft);
        Assert.Null(agreement.NoticeExpiry(expires.AddDays(-10), 90, Now));
        agreement.DecideRenewal(true, "继续会商", By, Now);
        Assert.Throws<InvalidStateException>(() => agreement.DecideRenewal(false, null, By, Now));
    }

    [Fact]
    public void HB_17_a_selection_under_a_signed_framework_opens_a_work_meeting_agreement()
    {
        var framework = SignedFramework(Hebei, "130100");

        var meeting = Open(Hebei, "130100", framework).Agreement;

        Assert.Equal((AgreementKinds.WorkMeeting, framework.Id, false), (meeting.Kind, meeting.FrameworkId, meeting.IncludesFirstWorkMeeting));
        Assert.Equal(AgreementKinds.Framework, Open(Guangxi, "450100", SignedFramework(Guangxi, "450100")).Agreement.Kind);
    }

    [Fact]
    public void HB_18_the_first_framework_procedure_includes_the_first_work_meeting()
    {
        Assert.True(Open(Hebei, "130100").Agreement.IncludesFirstWorkMeeting);
        Assert.False(Open(Guangxi, "450100").Agreement.IncludesFirstWorkMeeting);
    }
}
