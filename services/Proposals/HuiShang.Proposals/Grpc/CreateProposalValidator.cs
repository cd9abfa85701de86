using HuiShang.Contracts.Proposals.V1;
using HuiShang.Grpc;
using HuiShang.Proposals.Domain;
using Topic = HuiShang.Proposals.Domain.Topic;
using TopicMessage = HuiShang.Contracts.Proposals.V1.Topic;

namespace HuiShang.Proposals.Grpc;

/// <summary>
/// Form checks of a new draft, all reported at once with the API's field paths. Policy rules
/// (window, lead time, field block) are checked at submission in a later issue.
/// </summary>
internal static class CreateProposalValidator
{
    public static ProposalDraft Validate(CreateProposalRequest request)
    {
        var errors = new FieldErrors();
        var title = errors.Required("title", request.Title, ProposalLimits.Title);
        var callId = errors.Required("callId", request.CallId, ProposalLimits.CallId);
        var plannedMeetingOn = FieldParsers.Date(errors, "plannedMeetingOn", request.PlannedMeetingOn, required: true);
        var cityMeetingOn = FieldParsers.Date(errors, "cityMeetingOn", request.CityMeetingOn, required: false);
        var previousRoundSummary = errors.Optional("previousRoundSummary", request.PreviousRoundSummary, ProposalLimits.LongText);
        var urgentReason = errors.Optional("urgentReason", request.UrgentReason, ProposalLimits.LongText);
        var topics = request.Topics.Select((topic, i) => ValidateTopic(errors, $"topics[{i}]", topic)).ToList();
        if (request.Topics.Count == 0)
        {
            errors.Add("topics", "At least one topic.");
        }
        else if (request.Topics.Count > ProposalLimits.MaxTopics)
        {
            errors.Add("topics", $"At most {ProposalLimits.MaxTopics} topics.");
        }

        if (errors.Count > 0)
        {
            throw RpcException.Validation("The proposal has invalid fields.", errors);
        }

        return new ProposalDraft(title!, callId!, plannedMeetingOn!.Value, cityMeetingOn, previousRoundSummary, urgentReason, topics);
    }

    private static Topic ValidateTopic(FieldErrors errors, string path, TopicMessage topic) => new(
        errors.Required($"{path}.title", topic.Title, ProposalLimits.Title) ?? "",
        errors.Required($"{path}.category", topic.Category, ProposalLimits.Code) ?? "",
        errors.Required($"{path}.field", topic.Field, ProposalLimits.Code) ?? "",
        errors.Optional($"{path}.priorWork", topic.PriorWork, ProposalLimits.LongText),
        errors.Optional($"{path}.alignment", topic.Alignment, ProposalLimits.LongText),
        errors.Optional($"{path}.nextSteps", topic.NextSteps, ProposalLimits.LongText),
        FieldParsers.Yuan(errors, $"{path}.requestedSupport", topic.RequestedSupport));
}
