using System.Globalization;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Grpc;

/// <summary>The fields of RegisterProject on their own: required, lengths, money, ratio, mode. Nothing is looked up.</summary>
internal static class RegisterProjectValidator
{
    public static RegistrationRequest Validate(RegisterProjectRequest request)
    {
        var errors = new FieldErrors();
        var agreementId = errors.Id("agreementId", request.AgreementId);
        var title = errors.Required("title", request.Title, FundingLimits.Title);
        var field = errors.Required("field", request.Field, FundingLimits.Code);
        var district = errors.Optional("districtCode", request.DistrictCode, FundingLimits.RegionCode);
        var mode = ProjectModes.ParseFunding(request.Mode);
        if (mode is null)
        {
            errors.Add("mode", $"One of {string.Join(", ", ProjectModes.FundingNames)}.");
        }

        var upperSupport = errors.Money("upperSupport", request.UpperSupport);
        var ratio = Ratio(errors, request.OfferedMatchRatio);
        errors.ThrowIfAny("The project has invalid fields.");
        return new RegistrationRequest(agreementId!.Value, title!, field!, district, mode!.Value, upperSupport!.Value, ratio);
    }

    /// <summary>Blank: the profile's ratio. Otherwise a positive decimal with at most 4 places.</summary>
    private static decimal? Ratio(FieldErrors errors, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ratio)
            && ratio > 0 && ratio.Scale <= 4 && ratio <= FundingLimits.MaximumRatio)
        {
            return ratio;
        }

        errors.Add("offeredMatchRatio", $"A ratio such as 1.25 (more than 0, at most 4 decimals, at most {FundingLimits.MaximumRatio}).");
        return null;
    }
}
