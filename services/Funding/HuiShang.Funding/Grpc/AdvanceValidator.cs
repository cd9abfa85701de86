using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Grpc;

/// <summary>An AdvanceProject request checked on its own fields.</summary>
internal sealed record AdvanceStep(ProjectStatus To, DateOnly On, AcceptanceMode AcceptanceMode, string? Reason);

internal static class AdvanceValidator
{
    private static readonly string[] Targets =
        [nameof(ProjectStatus.Implementation), nameof(ProjectStatus.MidTermCheck), nameof(ProjectStatus.Accepted), nameof(ProjectStatus.Terminated)];

    public static AdvanceStep Validate(AdvanceProjectRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var to = errors.OneOf("toStatus", request.ToStatus, Targets);
        var on = errors.PastDate("on", request.On, today);
        var mode = AcceptanceMode.Standard;
        string? reason = null;
        if (to == nameof(ProjectStatus.Accepted))
        {
            var name = errors.OneOf("acceptanceMode", request.AcceptanceMode, ProjectModes.AcceptanceNames, blank: "standard");
            mode = name is null ? mode : ProjectModes.ParseAcceptance(name)!.Value;
        }
        else if (to == nameof(ProjectStatus.Terminated))
        {
            reason = errors.Required("reason", request.Reason, FundingLimits.LongText);
        }

        errors.ThrowIfAny("The step has invalid fields.");
        return new AdvanceStep(Enum.Parse<ProjectStatus>(to!), on!.Value, mode, reason);
    }
}
