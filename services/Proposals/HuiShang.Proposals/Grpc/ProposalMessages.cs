using System.Globalization;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Proposals.Domain;
using Proposal = HuiShang.Proposals.Domain.Proposal;
using ProposalMessage = HuiShang.Contracts.Proposals.V1.Proposal;
using Topic = HuiShang.Proposals.Domain.Topic;
using TopicMessage = HuiShang.Contracts.Proposals.V1.Topic;

namespace HuiShang.Proposals.Grpc;

/// <summary>Domain → proto, by hand: dates ISO yyyy-MM-dd, instants UTC ISO-8601, money as decimal text.</summary>
internal static class ProposalMessages
{
    public static ProposalMessage ToMessage(this Proposal proposal)
    {
        var message = new ProposalMessage
        {
            Id = proposal.Id.ToString(),
            RegionCode = proposal.RegionCode,
            JurisdictionCode = proposal.JurisdictionCode,
            Status = proposal.Status.ToString(),
            Title = proposal.Title,
            CallId = proposal.CallId,
            PlannedMeetingOn = Date(proposal.PlannedMeetingOn),
            CityMeetingOn = proposal.CityMeetingOn is { } cityMeetingOn ? Date(cityMeetingOn) : "",
            PreviousRoundSummary = proposal.PreviousRoundSummary ?? "",
            UrgentReason = proposal.UrgentReason ?? "",
            Version = proposal.Version,
            CreatedAt = Instant(proposal.CreatedAt),
            CreatedBy = proposal.CreatedBy,
            SubmittedAt = proposal.SubmittedAt is { } submittedAt ? Instant(submittedAt) : "",
            SelectionTier = proposal.SelectionTier?.ToString() ?? "",
            ThemeCity = proposal.ThemeCity,
            DecisionReason = proposal.DecisionReason ?? "",
            PolicyVersion = proposal.PolicyVersion ?? "",
            Figures = new EligibilityFigures
            {
                RdGdpRatio = Percent(proposal.RdGdpRatio),
                RdGdpRatioPrevious = Percent(proposal.RdGdpRatioPrevious),
                FiscalStSpendingGrowth = Percent(proposal.FiscalStSpendingGrowth),
                RegularRevenueGrowth = Percent(proposal.RegularRevenueGrowth),
            },
        };
        message.Topics.AddRange(proposal.Topics.Select(ToMessage));
        return message;
    }

    private static TopicMessage ToMessage(Topic topic) => new()
    {
        Title = topic.Title,
        Category = topic.Category,
        Field = topic.Field,
        PriorWork = topic.PriorWork ?? "",
        Alignment = topic.Alignment ?? "",
        NextSteps = topic.NextSteps ?? "",
        RequestedSupport = topic.RequestedSupport?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
    };

    public static AuditEntry ToMessage(this ProposalAuditEntry entry) => new()
    {
        At = Instant(entry.At),
        By = entry.By,
        Action = entry.Action,
        FromStatus = entry.FromStatus?.ToString() ?? "",
        ToStatus = entry.ToStatus.ToString(),
        Detail = entry.Detail ?? "",
        Version = entry.Version,
    };

    private static string Percent(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
