using System.Globalization;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Plans;
using DisbursementEntity = HuiShang.Funding.Domain.Disbursements.Disbursement;
using DisbursementMessage = HuiShang.Contracts.Funding.V1.Disbursement;
using EnvelopeMessage = HuiShang.Contracts.Funding.V1.Envelope;
using FundingPlanMessage = HuiShang.Contracts.Funding.V1.FundingPlan;
using PlanShareMessage = HuiShang.Contracts.Funding.V1.PlanShare;
using ProjectMessage = HuiShang.Contracts.Funding.V1.Project;
using SourceSummaryMessage = HuiShang.Contracts.Funding.V1.SourceSummary;

namespace HuiShang.Funding.Grpc;

/// <summary>Domain → proto, by hand: dates yyyy-MM-dd, instants UTC ISO-8601, money as "0.00" text, empty = not set.</summary>
internal static class FundingMessages
{
    public static EnvelopeMessage ToMessage(this Domain.Envelope envelope, int projectCount) => new()
    {
        AgreementId = envelope.AgreementId.ToString(),
        RegionCode = envelope.RegionCode,
        JurisdictionCode = envelope.JurisdictionCode,
        Tier = envelope.Tier,
        Cap = Optional(envelope.Cap),
        Committed = Money.Text(envelope.Committed),
        Remaining = Optional(envelope.Remaining),
        CapRuleId = envelope.CapRuleId ?? "",
        PolicyVersion = envelope.PolicyVersion ?? "",
        ProjectCount = projectCount,
        SignedOn = Date(envelope.SignedOn),
        Note = envelope.Note ?? "",
    };

    public static ProjectMessage ToMessage(this Domain.Project project) => new()
    {
        Id = project.Id.ToString(),
        AgreementId = project.AgreementId.ToString(),
        RegionCode = project.RegionCode,
        DistrictCode = project.DistrictCode ?? "",
        JurisdictionCode = project.JurisdictionCode,
        Title = project.Title,
        Field = project.Field,
        Mode = ProjectModes.Name(project.Mode),
        UpperSupport = Money.Text(project.UpperSupport),
        OfferedMatchRatio = project.OfferedMatchRatio is { } ratio ? Money.Ratio(ratio) : "",
        Status = project.Status.ToString(),
        Unfinished = project.Unfinished,
        Version = project.Version,
        RegisteredAt = Instant(project.RegisteredAt),
        RegisteredBy = project.RegisteredBy,
        ApprovedOn = Date(project.ApprovedOn),
        ClosedOn = Date(project.ClosedOn),
        ClosingNote = project.ClosingNote ?? "",
        PolicyVersion = project.PolicyVersion,
    };

    public static FundingPlanMessage ToMessage(this Domain.Plans.FundingPlan plan, Guid projectId, bool provisional)
    {
        var message = new FundingPlanMessage
        {
            ProjectId = projectId.ToString(),
            Provisional = provisional,
            PlanDate = Date(plan.PlanDate),
            PolicyVersion = plan.PolicyVersion,
            UpperSupport = Money.Text(plan.UpperSupport),
            MatchRatio = plan.MatchRatio is { } ratio ? Money.Ratio(ratio) : "",
            CityMatch = Money.Text(plan.CityMatch),
            DistrictCategory = plan.DistrictCategory ?? 0,
            Total = Money.Text(plan.Total),
            Note = plan.Note ?? "",
            Rounding = plan.MatchingApplied ? FundingPlanCalculator.RoundingRule : "",
        };
        message.RuleIds.AddRange(plan.RuleIds);
        message.Shares.AddRange(PlanShares.Of(plan).Select(s => new PlanShareMessage { Source = s.Source, Amount = Money.Text(s.Amount), Basis = s.Basis }));
        return message;
    }

    public static SourceSummaryMessage ToMessage(this Domain.Disbursements.SourceSummary summary) => new()
    {
        Source = summary.Source,
        Committed = Money.Text(summary.Committed),
        Arrived = Money.Text(summary.Arrived),
        Spent = Money.Text(summary.Spent),
        ArrivalRate = summary.ArrivalRate?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
        DueOn = Date(summary.DueOn),
        Shortfall = summary.Shortfall,
    };

    public static DisbursementMessage ToMessage(this DisbursementEntity entry) => new()
    {
        Id = entry.Id.ToString(),
        Source = entry.Source,
        Kind = entry.Kind,
        Amount = Money.Text(entry.Amount),
        On = Date(entry.On),
        Note = entry.Note ?? "",
        By = entry.By,
        At = Instant(entry.At),
    };

    public static AuditEntry ToMessage(this ProjectAuditEntry entry) => new()
    {
        At = Instant(entry.At),
        By = entry.By,
        Action = entry.Action,
        FromStatus = entry.FromStatus?.ToString() ?? "",
        ToStatus = entry.ToStatus.ToString(),
        Version = entry.Version,
        Detail = entry.Detail ?? "",
    };

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string Optional(decimal? amount) => amount is { } value ? Money.Text(value) : "";
}
