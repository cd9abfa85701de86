using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain;

/// <summary>
/// The upper side's project funds under one signed agreement (GX-18): the cap fixed by the profile in
/// force on the signing date, and the sum committed by its projects. <see cref="Version"/> is the
/// concurrency token: every change of <see cref="Committed"/> bumps it, so two registrations racing
/// for the last yuan of the cap cannot both be saved.
/// </summary>
public sealed class Envelope
{
    private readonly List<EnvelopeItem> _items = [];

    private Envelope()
    {
    }

    public Guid AgreementId { get; private set; }

    public Guid ProposalId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public string JurisdictionCode { get; private set; } = "";

    /// <summary>"Key", "General" or "Extra" as the agreement carries it.</summary>
    public string Tier { get; private set; } = "";

    public int Year { get; private set; }

    public DateOnly SignedOn { get; private set; }

    /// <summary>Null: the profile sets no cap, the rule is not applied.</summary>
    public decimal? Cap { get; private set; }

    public string? CapRuleId { get; private set; }

    /// <summary>The profile version in force on the signing date; null when none was in force.</summary>
    public string? PolicyVersion { get; private set; }

    /// <summary>Why there is no cap, when there is none.</summary>
    public string? Note { get; private set; }

    /// <summary>Upper support of the projects that are not terminated (applied ones too: registering reserves).</summary>
    public decimal Committed { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public IReadOnlyList<EnvelopeItem> Items => _items;

    public decimal? Remaining => Cap - Committed;

    public static Envelope Open(EnvelopeTerms terms, EnvelopeCap cap, DateTimeOffset now)
    {
        var envelope = new Envelope
        {
            AgreementId = terms.AgreementId,
            ProposalId = terms.ProposalId,
            RegionCode = terms.RegionCode,
            JurisdictionCode = terms.JurisdictionCode,
            Tier = terms.Tier,
            Year = terms.Year,
            SignedOn = terms.SignedOn,
            Cap = cap.Amount,
            CapRuleId = cap.RuleId,
            PolicyVersion = cap.PolicyVersion,
            Note = cap.Note,
            Version = 1,
            OpenedAt = now,
        };
        envelope._items.AddRange(terms.Items);
        return envelope;
    }

    /// <summary>GX-18: a registration reserves its upper support; above the cap it is refused with the figures.</summary>
    public void Reserve(decimal upperSupport)
    {
        if (Cap is { } cap && Committed + upperSupport > cap)
        {
            throw new RuleViolationException("cap-exceeded", CapRuleId ?? "GX-18",
                $"{CapRuleId}: the cap of this agreement is {Money.Words(cap)} yuan; {Money.Words(Committed)} is committed; {Money.Words(upperSupport)} more was requested.",
                figures: new Dictionary<string, string>
                {
                    ["cap"] = Invariant(cap),
                    ["committed"] = Invariant(Committed),
                    ["requested"] = Invariant(upperSupport),
                });
        }

        Committed += upperSupport;
        Version++;
    }

    /// <summary>A terminated project gives back the upper support that has not arrived (GX-18: arrived money stays committed).</summary>
    public void Release(decimal upperSupport)
    {
        Committed -= upperSupport;
        Version++;
    }

    /// <summary>Yuan as the wire writes money: invariant culture, two decimals.</summary>
    private static string Invariant(decimal yuan) => yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
