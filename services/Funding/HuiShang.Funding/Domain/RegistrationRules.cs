using HuiShang.Contracts.ReferenceData;
using HuiShang.Policies;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain;

/// <summary>
/// A registration checked against its agreement's city and the profile in force today: the district must
/// be one of the city's (and a district caller's own); GY-9 limits the funding modes; XJ-4.2 needs a
/// district (its category splits the match) and an offered ratio never below the profile's.
/// </summary>
public static class RegistrationRules
{
    /// <param name="callerDistrict">The caller's own district when the caller is a district, else null.</param>
    public static ProjectDraft Resolve(RegistrationRequest request, Envelope envelope, string? callerDistrict, PolicyVersion version)
    {
        var (mode, offeredRatio) = (request.Mode, request.OfferedMatchRatio);
        var district = District(request.DistrictCode, envelope.RegionCode, callerDistrict);
        var matching = version.Find<Matching>();
        if (matching is null && offeredRatio is not null)
        {
            throw DomainValidationException.For("offeredMatchRatio", $"{version.Id} applies no matching: leave the ratio empty.");
        }

        if (version.Find<ProjectManagement>() is { } management && !management.FundingModes.Contains(mode))
        {
            throw new RuleViolationException("validation", management.RuleId,
                $"{management.RuleId}: {version.Id} allows the funding modes {string.Join(", ", management.FundingModes.Select(ProjectModes.Name))}.",
                [new("mode", $"{ProjectModes.Name(mode)} is not allowed by {version.Id}.")]);
        }

        if (matching is not null)
        {
            CheckMatching(matching, version.Id, district, offeredRatio);
        }

        return new ProjectDraft(request.AgreementId, request.Title, request.Field, district?.Code, district?.Category, mode, request.UpperSupport, offeredRatio);
    }

    private static Region? District(string? code, string cityCode, string? callerDistrict)
    {
        if (callerDistrict is not null && code is not null && code != callerDistrict)
        {
            // A district registers for itself only; another district's code reads as unknown to it.
            throw DomainValidationException.For("districtCode", "Unknown district: a district registers projects of its own district only.");
        }

        var wanted = code ?? callerDistrict;
        if (wanted is null)
        {
            return null;
        }

        return RegionCatalog.Default.Find(wanted) is { Level: RegionLevel.District } district && district.ParentCode == cityCode
            ? district
            : throw DomainValidationException.For("districtCode", $"Unknown district: {wanted} is not a district of {cityCode}.");
    }

    private static void CheckMatching(Matching matching, string versionId, Region? district, decimal? offeredRatio)
    {
        if (district is null)
        {
            throw new RuleViolationException("validation", matching.RuleId,
                $"{matching.RuleId}: the city's match is split by district category, so the project needs a district.",
                [new("districtCode", "Required: the district whose category splits the match.")]);
        }

        if (offeredRatio is { } ratio && ratio < matching.LowerToUpperRatio)
        {
            throw new RuleViolationException("validation", matching.RuleId,
                $"{matching.RuleId}: the matching ratio offered may not be below {Money.Ratio(matching.LowerToUpperRatio)} ({versionId}).",
                [new("offeredMatchRatio", $"At least {Money.Ratio(matching.LowerToUpperRatio)}.")]);
        }
    }
}
