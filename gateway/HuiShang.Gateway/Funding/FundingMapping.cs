using V1 = HuiShang.Contracts.Funding.V1;

namespace HuiShang.Gateway.Funding;

/// <summary>Projects and funding: JSON models ↔ funding messages, by hand. Money is fen-exact text on the wire.</summary>
internal static class FundingMapping
{
    public static V1.RegisterProjectRequest ToMessage(RegisterProjectRequest request) => new()
    {
        AgreementId = request.AgreementId?.ToString() ?? "",
        Title = request.Title?.Trim() ?? "",
        Field = request.Field?.Trim() ?? "",
        DistrictCode = request.DistrictCode?.Trim() ?? "",
        Mode = FundingVocabulary.Mode(request.Mode) ?? "",
        UpperSupport = WireValues.Money(request.UpperSupport),
        OfferedMatchRatio = WireValues.Decimal(request.OfferedMatchRatio),
    };

    public static V1.ApproveProjectRequest ToMessage(Guid id, long expectedVersion, ApproveProjectRequest? request) => new()
    {
        Id = id.ToString(),
        ExpectedVersion = expectedVersion,
        ApprovedOn = WireValues.Date(request?.ApprovedOn),
    };

    public static V1.AdvanceProjectRequest ToMessage(Guid id, long expectedVersion, AdvanceProjectRequest request) => new()
    {
        Id = id.ToString(),
        ExpectedVersion = expectedVersion,
        ToStatus = FundingVocabulary.Match(FundingVocabulary.Advances, request.Status) ?? "",
        AcceptanceMode = FundingVocabulary.Match(FundingVocabulary.AcceptanceModes, request.AcceptanceMode) ?? "",
        Reason = request.Reason?.Trim() ?? "",
        On = WireValues.Date(request.On),
    };

    public static V1.RecordDisbursementRequest ToMessage(Guid projectId, RecordDisbursementRequest request) => new()
    {
        ProjectId = projectId.ToString(),
        Source = FundingVocabulary.Match(FundingVocabulary.Sources, request.Source) ?? "",
        Kind = FundingVocabulary.Match(FundingVocabulary.Kinds, request.Kind) ?? "",
        Amount = WireValues.Money(request.Amount),
        On = WireValues.Date(request.On),
        Note = request.Note?.Trim() ?? "",
    };

    public static ProjectResponse ToResponse(V1.Project project) => new(
        project.Id,
        project.AgreementId,
        project.RegionCode,
        project.DistrictCode,
        project.JurisdictionCode,
        project.Title,
        project.Field,
        project.Mode,
        WireValues.ParseMoney(project.UpperSupport, "upper_support"),
        WireValues.ParseDecimal(project.OfferedMatchRatio, "offered_match_ratio"),
        project.Status,
        project.Unfinished,
        project.Version,
        WireValues.ParseInstant(project.RegisteredAt, "registered_at"),
        project.RegisteredBy,
        WireValues.ParseDate(project.ApprovedOn, "approved_on"),
        WireValues.ParseDate(project.ClosedOn, "closed_on"),
        project.ClosingNote,
        project.PolicyVersion);

    public static ProjectListResponse ToResponse(V1.ListProjectsReply reply) => new(reply.Projects.Select(ToResponse).ToList(), PageParameters.Next(reply.Page));

    public static EnvelopeResponse ToResponse(V1.Envelope envelope) => new(
        envelope.AgreementId,
        envelope.RegionCode,
        envelope.JurisdictionCode,
        envelope.Tier,
        WireValues.OptionalMoney(envelope.Cap, "cap"),
        WireValues.ParseMoney(envelope.Committed, "committed"),
        WireValues.OptionalMoney(envelope.Remaining, "remaining"),
        envelope.CapRuleId,
        envelope.PolicyVersion,
        envelope.ProjectCount,
        WireValues.ParseDate(envelope.SignedOn, "signed_on"),
        envelope.Note.Length == 0 ? null : envelope.Note);

    // A category of 0 is proto3's "not set": the profile has no district categories.
    public static FundingPlanResponse ToResponse(V1.FundingPlan plan) => new(
        plan.ProjectId,
        plan.Provisional,
        WireValues.ParseDate(plan.PlanDate, "plan_date"),
        plan.PolicyVersion,
        plan.RuleIds.ToList(),
        WireValues.ParseMoney(plan.UpperSupport, "upper_support"),
        WireValues.ParseDecimal(plan.MatchRatio, "match_ratio"),
        WireValues.ParseMoney(plan.CityMatch, "city_match"),
        plan.DistrictCategory == 0 ? null : plan.DistrictCategory,
        plan.Shares.Select(share => new PlanShareResponse(share.Source, WireValues.ParseMoney(share.Amount, "shares.amount"), share.Basis)).ToList(),
        WireValues.ParseMoney(plan.Total, "total"),
        plan.Note,
        plan.Rounding);

    public static PriorityResponse ToResponse(V1.PriorityReply reply) => new(
        reply.AgreementId,
        reply.Entries.Select(entry => new PriorityEntryResponse(
            entry.Rank,
            ToResponse(entry.Project ?? new V1.Project()),
            WireValues.ParseDecimal(entry.MatchRatio, "entries.match_ratio"),
            WireValues.ParseMoney(entry.CityMatch, "entries.city_match"))).ToList(),
        reply.Rule,
        reply.RuleId);

    public static DisbursementsResponse ToResponse(V1.DisbursementSummary summary) => new(
        summary.ProjectId,
        summary.Sources.Select(source => new SourceSummaryResponse(
            source.Source,
            WireValues.ParseMoney(source.Committed, "sources.committed"),
            WireValues.ParseMoney(source.Arrived, "sources.arrived"),
            WireValues.ParseMoney(source.Spent, "sources.spent"),
            WireValues.ParseDecimal(source.ArrivalRate, "sources.arrival_rate"),
            WireValues.ParseDate(source.DueOn, "sources.due_on"),
            source.Shortfall)).ToList(),
        summary.Entries.Select(entry => new DisbursementResponse(
            entry.Id,
            entry.Source,
            entry.Kind,
            WireValues.ParseMoney(entry.Amount, "entries.amount"),
            WireValues.ParseDate(entry.On, "entries.on"),
            entry.Note,
            entry.By,
            WireValues.ParseInstant(entry.At, "entries.at"))).ToList());

}
