using V1 = HuiShang.Contracts.Proposals.V1;

namespace HuiShang.Gateway.Proposals;

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
            Figures = ToMessage(request.Figures),
        };
        message.Topics.AddRange((request.Topics ?? []).OfType<TopicRequest>().Select(ToMessage));
        return message;
    }

    public static V1.UpdateProposalRequest ToMessage(Guid id, long expectedVersion, UpdateProposalRequest request)
    {
        var message = new V1.UpdateProposalRequest
        {
            Id = id.ToString(),
            ExpectedVersion = expectedVersion,
            Title = request.Title ?? "",
            PlannedMeetingOn = WireValues.Date(request.PlannedMeetingOn),
            CityMeetingOn = WireValues.Date(request.CityMeetingOn),
            PreviousRoundSummary = request.PreviousRoundSummary ?? "",
            UrgentReason = request.UrgentReason ?? "",
            Figures = ToMessage(request.Figures),
        };
        message.Topics.AddRange((request.Topics ?? []).OfType<TopicRequest>().Select(ToMessage));
        return message;
    }

    public static V1.SelectProposalsRequest ToMessage(Guid callId, SelectionRequest request)
    {
        var message = new V1.SelectProposalsRequest
        {
            CallId = callId.ToString(),
            KeyProposalId = request.Key?.ToString() ?? "",
        };
        message.GeneralProposalIds.AddRange((request.General ?? []).OfType<Guid>().Select(id => id.ToString()));
        message.Extra.AddRange((request.Extra ?? []).OfType<ExtraSelectionRequest>().Select(extra => new V1.ExtraSelection
        {
            ProposalId = extra.ProposalId?.ToString() ?? "",
            Reason = extra.Reason ?? "",
        }));
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
        proposal.CreatedBy,
        proposal.SelectionTier,
        proposal.ThemeCity,
        proposal.DecisionReason,
        proposal.PolicyVersion,
        ToResponse(proposal.Figures));

    public static ProposalListResponse ToResponse(V1.ListProposalsReply reply) =>
        new(reply.Items.Select(ToResponse).ToList(), PageParameters.Next(reply.Page));

    private static ProposalSummaryResponse ToResponse(V1.ProposalSummary p) => new(
        p.Id, p.RegionCode, p.JurisdictionCode, p.Status, p.Title, p.CallId,
        WireValues.ParseDate(p.PlannedMeetingOn, "planned_meeting_on"),
        p.Version,
        WireValues.ParseInstant(p.CreatedAt, "created_at"),
        WireValues.ParseInstant(p.SubmittedAt, "submitted_at"),
        p.SelectionTier, p.ThemeCity, p.TopicCount,
        WireValues.ParseMoney(p.RequestedTotal, "requested_total"),
        p.PolicyVersion);

    public static SelectionResponse ToResponse(V1.SelectionReply reply) => new(
        reply.Selected.Select(ToResponse).ToList(),
        reply.NotSelected.Select(ToResponse).ToList(),
        reply.PolicyVersion);


    private static V1.EligibilityFigures? ToMessage(FiguresRequest? figures) => figures is null ? null : new()
    {
        RdGdpRatio = WireValues.Decimal(figures.RdGdpRatio),
        RdGdpRatioPrevious = WireValues.Decimal(figures.RdGdpRatioPrevious),
        FiscalStSpendingGrowth = WireValues.Decimal(figures.FiscalStSpendingGrowth),
        RegularRevenueGrowth = WireValues.Decimal(figures.RegularRevenueGrowth),
    };

    private static FiguresResponse? ToResponse(V1.EligibilityFigures? figures) => figures is null ? null : new(
        WireValues.ParseDecimal(figures.RdGdpRatio, "figures.rd_gdp_ratio"),
        WireValues.ParseDecimal(figures.RdGdpRatioPrevious, "figures.rd_gdp_ratio_previous"),
        WireValues.ParseDecimal(figures.FiscalStSpendingGrowth, "figures.fiscal_st_spending_growth"),
        WireValues.ParseDecimal(figures.RegularRevenueGrowth, "figures.regular_revenue_growth"));

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
