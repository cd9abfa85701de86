using Google.Protobuf.Collections;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Proposals.V1;
using Grpc.Core;
using HuiShang.Proposals.Domain;
using Topic = HuiShang.Proposals.Domain.Topic;
using TopicMessage = HuiShang.Contracts.Proposals.V1.Topic;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// Form checks of a draft (create and update), all reported at once with the API's field paths.
/// Policy rules (window, lead time, field block, eligibility) are checked at submission.
/// </summary>
internal static class CreateProposalValidator
{
    public static ProposalDraft Validate(CreateProposalRequest request)
    {
        var errors = new FieldErrors();
        var callId = errors.Required("callId", request.CallId, ProposalLimits.CallId);
        return Content(errors, callId ?? "", request.Title, request.PlannedMeetingOn, request.CityMeetingOn,
            request.PreviousRoundSummary, request.UrgentReason, request.Topics, request.Figures);
    }

    public static ProposalDraft Validate(UpdateProposalRequest request, string callId) =>
        Content(new FieldErrors(), callId, request.Title, request.PlannedMeetingOn, request.CityMeetingOn,
            request.PreviousRoundSummary, request.UrgentReason, request.Topics, request.Figures);

    private static ProposalDraft Content(
        FieldErrors errors, string callId, string titleText, Date? plannedOn, Date? cityMeetingOnValue, string summaryText,
        string urgentText, RepeatedField<TopicMessage> topicMessages, EligibilityFigures? figuresMessage)
    {
        var title = errors.Required("title", titleText, ProposalLimits.Title);
        var plannedMeetingOn = errors.Date("plannedMeetingOn", plannedOn, required: true);
        var cityMeetingOn = errors.Date("cityMeetingOn", cityMeetingOnValue, required: false);
        var previousRoundSummary = errors.Optional("previousRoundSummary", summaryText, ProposalLimits.LongText);
        var urgentReason = errors.Optional("urgentReason", urgentText, ProposalLimits.LongText);
        var topics = topicMessages.Select((topic, i) => ValidateTopic(errors, $"topics[{i}]", topic)).ToList();
        if (topicMessages.Count == 0)
        {
            errors.Add("topics", "At least one topic.");
        }
        else if (topicMessages.Count > ProposalLimits.MaxTopics)
        {
            errors.Add("topics", $"At most {ProposalLimits.MaxTopics} topics.");
        }

        var figures = figuresMessage is null ? ProposalFigures.None : new ProposalFigures(
            errors.Share("figures.rdGdpRatio", figuresMessage.RdGdpRatio),
            errors.Share("figures.rdGdpRatioPrevious", figuresMessage.RdGdpRatioPrevious),
            errors.Percent("figures.fiscalStSpendingGrowth", figuresMessage.FiscalStSpendingGrowth),
            errors.Percent("figures.regularRevenueGrowth", figuresMessage.RegularRevenueGrowth));

        if (errors.Count > 0)
        {
            throw ServiceProblems.Validation("The proposal has invalid fields.", errors);
        }

        return new ProposalDraft(title!, callId, plannedMeetingOn!.Value, cityMeetingOn, previousRoundSummary, urgentReason, topics, figures);
    }

    private static Topic ValidateTopic(FieldErrors errors, string path, TopicMessage topic) => new(
        errors.Required($"{path}.title", topic.Title, ProposalLimits.Title) ?? "",
        errors.Required($"{path}.category", topic.Category, ProposalLimits.Code) ?? "",
        errors.Required($"{path}.field", topic.Field, ProposalLimits.Code) ?? "",
        errors.Optional($"{path}.priorWork", topic.PriorWork, ProposalLimits.LongText),
        errors.Optional($"{path}.alignment", topic.Alignment, ProposalLimits.LongText),
        errors.Optional($"{path}.nextSteps", topic.NextSteps, ProposalLimits.LongText),
        errors.RequestedYuan($"{path}.requestedSupport", topic.RequestedSupport));
}
