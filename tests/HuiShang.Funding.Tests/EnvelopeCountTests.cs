namespace HuiShang.Funding.Tests;

/// <summary>An envelope's project count covers only the projects the caller may see; committed stays the envelope's total.</summary>
public sealed class EnvelopeCountTests
{
    [Fact]
    public async Task XJ41_a_district_counts_only_its_own_projects_under_the_envelope()
    {
        await using var host = await FundingHost.StartAsync();
        var agreement = await host.SignAsync(Users.Urumqi, "650000");
        await host.RegisterAsync(Users.UrumqiBureau, agreement, "1000.00", "650102");
        await host.RegisterAsync(Users.UrumqiBureau, agreement, "2000.00", "650103");
        await host.RegisterAsync(Users.UrumqiBureau, agreement, "3000.00", "650103");

        var counts = new Dictionary<string, (string, int)>();
        foreach (var user in new[] { Users.Tianshan, Users.Saybagh, Users.Midong, Users.UrumqiBureau, Users.XinjiangPlanning })
        {
            var envelope = await host.EnvelopeAsync(user, agreement);
            counts[user] = (envelope.Committed.Text(), envelope.ProjectCount);
        }

        Assert.Equal(("6000.00", 1), counts[Users.Tianshan]);
        Assert.Equal(("6000.00", 2), counts[Users.Saybagh]);
        Assert.Equal(("6000.00", 0), counts[Users.Midong]);
        Assert.Equal(("6000.00", 3), counts[Users.UrumqiBureau]);
        Assert.Equal(("6000.00", 3), counts[Users.XinjiangPlanning]);
    }
}
