using HuiShang.Contracts.Events;
using static HuiShang.Agreements.Tests.Scenario;

namespace HuiShang.Agreements.Tests;

/// <summary>HB-17 work meetings under a signed framework; HB-18 the first one merged with the framework.</summary>
public sealed class WorkMeetingTests
{
    [Fact]
    public async Task HB17_HB18_after_a_signed_framework_the_next_selection_is_a_work_meeting_of_that_framework()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var framework = await host.SelectedAsync(Parties.Shijiazhuang);
        Assert.Equal(("framework", true, ""), (framework.Kind, framework.IncludesFirstWorkMeeting, framework.FrameworkId));

        // Not signed yet: a second selection is another framework draft.
        var stillFramework = await host.SelectedAsync(Parties.Shijiazhuang, Selection(Parties.Shijiazhuang, year: 2025, selectedOn: new DateOnly(2025, 4, 2)));
        Assert.Equal("framework", stillFramework.Kind);

        framework = await host.SignedAsync(Parties.Shijiazhuang, framework);
        var meeting = await host.SelectedAsync(Parties.Shijiazhuang, Selection(Parties.Shijiazhuang, year: 2026, selectedOn: new DateOnly(2026, 3, 1)));
        Assert.Equal(("work-meeting", framework.Id, false), (meeting.Kind, meeting.FrameworkId, meeting.IncludesFirstWorkMeeting));
        Assert.Contains("协议书", meeting.Title, StringComparison.Ordinal);
        var drafted = (await host.EventsAsync<AgreementDrafted>()).Single(d => d.AgreementId == Guid.Parse(meeting.Id));
        Assert.Equal(("work-meeting", Guid.Parse(framework.Id)), (drafted.Kind, drafted.FrameworkId));

        // Another city has no framework; an expired framework does not count either.
        Assert.Equal("framework", (await host.SelectedAsync(Parties.Tangshan, Selection(Parties.Tangshan, year: 2026, selectedOn: new DateOnly(2026, 3, 1)))).Kind);
        Assert.Equal("framework", (await host.SelectedAsync(Parties.Shijiazhuang, Selection(Parties.Shijiazhuang, year: 2031, selectedOn: new DateOnly(2031, 3, 1)))).Kind);

        // A work meeting's 协议书 has no validity period of its own (HB-15 is the framework's).
        meeting = await host.SignedAsync(Parties.Shijiazhuang, meeting);
        Assert.Equal(("Signed", ""), (meeting.Status, meeting.ExpiresOn.Text()));
    }

    [Fact]
    public async Task GX10_without_work_meetings_in_the_profile_every_selection_is_a_framework()
    {
        await using var host = await AgreementsHost.StartAsync(AgreementsHost.Clock());
        var first = await host.SignedAsync(Parties.Nanning, await host.SelectedAsync(Parties.Nanning));
        Assert.Equal("Signed", first.Status);

        var next = await host.SelectedAsync(Parties.Nanning, Selection(Parties.Nanning, year: 2026, selectedOn: new DateOnly(2026, 3, 1)));
        Assert.Equal(("framework", "", false), (next.Kind, next.FrameworkId, next.IncludesFirstWorkMeeting));
    }
}
