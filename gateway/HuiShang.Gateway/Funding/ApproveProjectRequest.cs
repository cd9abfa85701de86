using System.ComponentModel;

namespace HuiShang.Gateway.Funding;

/// <summary>api.md POST /api/projects/{id}/approve (body optional): approval fixes the funding plan.</summary>
public sealed record ApproveProjectRequest
{
    [Description("The approval date (yyyy-MM-dd); omitted: today. The plan uses the policy version in force on it.")]
    public DateOnly? ApprovedOn { get; init; }
}
