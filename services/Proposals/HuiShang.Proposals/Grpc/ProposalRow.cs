using System.Linq.Expressions;
using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Proposals.Domain;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// The columns a list shows, read in the database (the topics' long texts stay there: a list of
/// maximal drafts must not grow with them).
/// </summary>
internal sealed record ProposalRow(
    Guid Id, string RegionCode, string JurisdictionCode, ProposalStatus Status, string Title, string CallId, DateOnly PlannedMeetingOn,
    long Version, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, SelectionTier? SelectionTier, bool ThemeCity,
    List<decimal?> Requested, string? PolicyVersion)
{
    public static readonly Expression<Func<Domain.Proposal, ProposalRow>> Select = p => new ProposalRow(
        p.Id, p.RegionCode, p.JurisdictionCode, p.Status, p.Title, p.CallId, p.PlannedMeetingOn,
        p.Version, p.CreatedAt, p.SubmittedAt, p.SelectionTier, p.ThemeCity,
        p.Topics.Select(t => t.RequestedSupport).ToList(), p.PolicyVersion);

    public ProposalSummary ToSummary() => new()
    {
        Id = Id.ToString(),
        RegionCode = RegionCode,
        JurisdictionCode = JurisdictionCode,
        Status = Status.ToString(),
        Title = Title,
        CallId = CallId,
        PlannedMeetingOn = Date.From(PlannedMeetingOn),
        Version = Version,
        CreatedAt = Timestamp.FromDateTimeOffset(CreatedAt),
        SubmittedAt = Instants.From(SubmittedAt),
        SelectionTier = SelectionTier?.ToString() ?? "",
        ThemeCity = ThemeCity,
        TopicCount = Requested.Count,
        RequestedTotal = Money.FromYuan(Requested.Sum(amount => amount ?? 0m)),
        PolicyVersion = PolicyVersion ?? "",
    };
}
