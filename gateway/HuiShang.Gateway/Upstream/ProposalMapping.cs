using HuiShang.Gateway.Models.Proposals;
using V1 = HuiShang.Contracts.Proposals.V1;

namespace HuiShang.Gateway.Upstream;

/// <summary>JSON models ↔ proposals messages, by hand: short to read and checked by the compiler.</summary>
internal static class ProposalMapping
{
    public static V1.CreateProposalRequest ToMessage(CreateProposalRequest request)
    {
        var message = new V1.CreateProposalRequest
        {
            CallId = request.CallId ?? "",
            Title = request.Title ?? "",
            PlannedMeetingOn = WireValues.Date(request.PlannedMeetingOn),
            CityMeetingOn = WireValues.Date(request.CityMeetingOn),
            PreviousRoundSummary = request.PreviousRoundSummary ?? "",
            UrgentReason = request.UrgentReason ?? "",
        };
        message.Topics.AddRange((request.Topics ?? []).OfType<TopicRequest>().Select(ToMessage));
        return message;
    }

    public static ProposalResponse ToResponse(V1.Proposal proposal) => new(
        proposal.Id,
        proposal.RegionCode,
        proposal.JurisdictionCode,
        proposal.Status,
        proposal.Title,
        proposal.CallId,
        WireValues.ParseDate(proposal.PlannedMeetingOn, "planned_meeting_on"),
        WireValues.ParseDate(proposal.CityMeetingOn, "city_meeting_on"),
        proposal.PreviousRoundSummary,
        proposal.UrgentReason,
        proposal.Topics.Select(ToResponse).ToList(),
        proposal.Version,
        WireValues.ParseInstant(proposal.CreatedAt, "created_at"),
        WireValues.ParseInstant(proposal.SubmittedAt, "submitted_at"),
        proposal.CreatedBy);

    private static V1.Topic ToMessage(TopicRequest topic) => new()
    {
        Title = topic.Title ?? "",
        Category = topic.Category ?? "",
        Field = topic.Field ?? "",
        PriorWork = topic.PriorWork ?? "",
        Alignment = topic.Alignment ?? "",
        NextSteps = topic.NextSteps ?? "",
        RequestedSupport = WireValues.Money(topic.RequestedSupport),
    };

    private static TopicResponse ToResponse(V1.Topic topic) => new(
        topic.Title,
        topic.Category,
        topic.Field,
        topic.PriorWork,
        topic.Alignment,
        topic.NextSteps,
        WireValues.ParseMoney(topic.RequestedSupport, "requested_support"));
}
