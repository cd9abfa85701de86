using HuiShang.Policies;
using HuiShang.Policies.Sections;

namespace HuiShang.Funding.Domain;

/// <summary>GX-18: the cap of an envelope from the profile in force on the signing date, or why there is none.</summary>
public sealed record EnvelopeCap(decimal? Amount, string? RuleId, string? PolicyVersion, string? Note)
{
    /// <summary>"Key" takes the key-city maximum; "General" and "Extra" the general one. No section: no cap.</summary>
    public static EnvelopeCap For(PolicyVersion version, string tier)
    {
        if (version.Find<FundingCaps>() is not { } caps)
        {
            return new EnvelopeCap(null, null, version.Id, $"no funding cap in {version.Id}: the rule is not applied");
        }

        var consultationTier = string.Equals(tier, "Key", StringComparison.OrdinalIgnoreCase) ? ConsultationTier.Key : ConsultationTier.General;
        return new EnvelopeCap(caps.MaximumFor(consultationTier), caps.RuleId, version.Id, null);
    }

    public static EnvelopeCap NoPolicy(NoPolicyInForceException error) => new(null, null, null, error.Message);
}
