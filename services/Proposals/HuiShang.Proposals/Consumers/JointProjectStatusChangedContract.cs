using HuiShang.Contracts.Events;
using HuiShang.Proposals.Domain;

namespace HuiShang.Proposals.Consumers;

/// <summary>What a JointProjectStatusChanged must carry for the GX-21 read model to hold it.</summary>
internal static class JointProjectStatusChangedContract
{
    public static string? Violation(JointProjectStatusChanged message) => message switch
    {
        { ProjectId: var id } when id == Guid.Empty => "ProjectId is empty.",
        { RegionCode: var r } when string.IsNullOrWhiteSpace(r) || r.Length > ProposalLimits.RegionCode => "RegionCode is missing or too long.",
        { Field: var f } when string.IsNullOrWhiteSpace(f) || f.Length > ProposalLimits.Code => "Field is missing or too long.",
        { Title: var t } when t is null || t.Length > ProposalLimits.Title => "Title is missing or too long.",
        { Status: var s } when string.IsNullOrWhiteSpace(s) || s.Length > 32 => "Status is missing or too long.",
        { ChangedAt: var at } when at == default => "ChangedAt is missing.",
        _ => null,
    };
}
