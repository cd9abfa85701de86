using System.Globalization;
using HuiShang.Proposals.Domain;
using ProposalMessage = HuiShang.Contracts.Proposals.V1.Proposal;
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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
