using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Proposals.V1;
using HuiShang.Proposals.Domain;
using HuiShang.ServiceDefaults.Audit;
using Proposal = HuiShang.Proposals.Domain.Proposal;
using ProposalMessage = HuiShang.Contracts.Proposals.V1.Proposal;
using Topic = HuiShang.Proposals.Domain.Topic;
using TopicMessage = HuiShang.Contracts.Proposals.V1.Topic;

namespace HuiShang.Proposals.Grpc;

/// <summary>Domain → proto, by hand, with the common shapes for dates, instants, money and audit entries.</summary>
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
            PlannedMeetingOn = Date.From(proposal.PlannedMeetingOn),
            CityMeetingOn = Date.From(proposal.CityMeetingOn),
            PreviousRoundSummary = proposal.PreviousRoundSummary ?? "",
            UrgentReason = proposal.UrgentReason ?? "",
            Version = proposal.Version,
            CreatedAt = Timestamp.FromDateTimeOffset(proposal.CreatedAt),
            CreatedBy = proposal.CreatedBy,
            SubmittedAt = Instants.From(proposal.SubmittedAt),
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
        RequestedSupport = Money.FromYuan(topic.RequestedSupport),
    };

    public static AuditEntry ToMessage(this ProposalAuditEntry entry) =>
        entry.ToAuditMessage();

    private static string Percent(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
