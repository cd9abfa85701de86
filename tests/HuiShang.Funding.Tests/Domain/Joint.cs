using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Tests.DomainRules;

/// <summary>Host-less makings of the funding tests: the shipped seed profiles, envelopes and projects.</summary>
internal static class Joint
{
    public const string Guangxi = "450000";
    public const string Nanning = "450100";
    public const string Xinjiang = "650000";
    public const string Urumqi = "650100";
    public const string Tianshan = "650102";
    public const string By = "tester";
    public static readonly PolicyCatalog Seeds = SeedPolicies.Catalog;

    public static readonly Registrant UrumqiBureau = new(Urumqi, null, null);

    public static readonly Registrant NanningBureau = new(Nanning, null, null);

    /// <summary>10:00 in Asia/Shanghai on the day.</summary>
    public static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public static Envelope Envelope(string jurisdiction, string city, string tier = "General")
    {
        var signedOn = new DateOnly(2025, 3, 1);
        var terms = new EnvelopeTerms(Guid.NewGuid(), Guid.NewGuid(), city, jurisdiction, tier, 2025, signedOn, []);
        return Funding.Domain.Envelope.Open(terms, EnvelopeCap.For(Seeds.InForce(jurisdiction, signedOn), tier), On(2025, 3, 1));
    }

    public static RegistrationRequest Request(Envelope envelope, decimal upper, string? district = null, decimal? ratio = null, string field = "new-energy") =>
        new(envelope.AgreementId, "联合攻关", field, district, FundingMode.OpenCall, upper, ratio);

    public static (Project Project, IReadOnlyList<object> Events) Register(Envelope envelope, Registrant registrant, decimal upper, string? district = null) =>
        ProjectRegistration.Register(Request(envelope, upper, district), envelope, registrant, Seeds, By, On(2025, 4, 1));

    /// <summary>An XJ project in 天山区 (category 3) approved on 2025-06-02.</summary>
    public static Project ApprovedInTianshan(decimal upper = 3_000_000m)
    {
        var (project, _) = Register(Envelope(Xinjiang, Urumqi), UrumqiBureau, upper, Tianshan);
        project.Approve(new DateOnly(2025, 6, 2), Seeds, By, On(2025, 6, 2));
        return project;
    }

    public static IReadOnlyList<object> Step(Project project, ProjectStatus to, DateOnly on, TerminationFunds? funds = null) =>
        project.Advance(new ProjectStep(to, on, AcceptanceMode.Standard, to == ProjectStatus.Terminated ? "停止" : null), funds, Seeds, By, On(on.Year, on.Month, on.Day));

    public static Disbursement Disburse(Project project, List<Disbursement> entries, string source, string kind, decimal amount, DateOnly on)
    {
        var (entry, _) = project.RecordDisbursement(new DisbursementDraft(source, kind, amount, on, null), entries, By, On(on.Year, on.Month, on.Day));
        entries.Add(entry);
        return entry;
    }
}
