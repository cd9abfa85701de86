using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using HuiShang.Contracts.Common.V1;
using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Plans;
using HuiShang.ServiceDefaults.Audit;
using Date = HuiShang.Contracts.Common.V1.Date;
using Money = HuiShang.Funding.Domain.Money;
using WireMoney = HuiShang.Contracts.Common.V1.Money;
using DisbursementEntity = HuiShang.Funding.Domain.Disbursements.Disbursement;
using DisbursementMessage = HuiShang.Contracts.Funding.V1.Disbursement;
using EnvelopeMessage = HuiShang.Contracts.Funding.V1.Envelope;
using FundingPlanMessage = HuiShang.Contracts.Funding.V1.FundingPlan;
using PlanShareMessage = HuiShang.Contracts.Funding.V1.PlanShare;
using ProjectMessage = HuiShang.Contracts.Funding.V1.Project;
using SourceSummaryMessage = HuiShang.Contracts.Funding.V1.SourceSummary;

namespace HuiShang.Funding.Grpc;

/// <summary>Domain → proto, by hand, with the common shapes for dates, instants, money and audit entries; unset = not set.</summary>
internal static class FundingMessages
{
    public static EnvelopeMessage ToMessage(this Domain.Envelope envelope, int projectCount) => new()
    {
        AgreementId = envelope.AgreementId.ToString(),
        RegionCode = envelope.RegionCode,
        JurisdictionCode = envelope.JurisdictionCode,
        Tier = envelope.Tier,
        Cap = WireMoney.FromYuan(envelope.Cap),
        Committed = WireMoney.FromYuan(envelope.Committed),
        Remaining = WireMoney.FromYuan(envelope.Remaining),
        CapRuleId = envelope.CapRuleId ?? "",
        PolicyVersion = envelope.PolicyVersion ?? "",
        ProjectCount = projectCount,
        SignedOn = Date.From(envelope.SignedOn),
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
        UpperSupport = WireMoney.FromYuan(project.UpperSupport),
        OfferedMatchRatio = project.OfferedMatchRatio is { } ratio ? Money.Ratio(ratio) : "",
        Status = project.Status.ToString(),
        Unfinished = project.Unfinished,
        Version = project.Version,
        RegisteredAt = Timestamp.FromDateTimeOffset(project.RegisteredAt),
        RegisteredBy = project.RegisteredBy,
        ApprovedOn = Date.From(project.ApprovedOn),
        ClosedOn = Date.From(project.ClosedOn),
        ClosingNote = project.ClosingNote ?? "",
        PolicyVersion = project.PolicyVersion,
    };

    public static FundingPlanMessage ToMessage(this Domain.Plans.FundingPlan plan, Guid projectId, bool provisional)
    {
        var message = new FundingPlanMessage
        {
            ProjectId = projectId.ToString(),
            Provisional = provisional,
            PlanDate = Date.From(plan.PlanDate),
            PolicyVersion = plan.PolicyVersion,
            UpperSupport = WireMoney.FromYuan(plan.UpperSupport),
            MatchRatio = plan.MatchRatio is { } ratio ? Money.Ratio(ratio) : "",
            CityMatch = WireMoney.FromYuan(plan.CityMatch),
            DistrictCategory = plan.DistrictCategory ?? 0,
            Total = WireMoney.FromYuan(plan.Total),
            Note = plan.Note ?? "",
            Rounding = plan.MatchingApplied ? FundingPlanCalculator.RoundingRule : "",
        };
        message.RuleIds.AddRange(plan.RuleIds);
        message.Shares.AddRange(PlanShares.Of(plan).Select(s => new PlanShareMessage { Source = s.Source, Amount = WireMoney.FromYuan(s.Amount), Basis = s.Basis }));
        return message;
    }

    public static SourceSummaryMessage ToMessage(this Domain.Disbursements.SourceSummary summary) => new()
    {
        Source = summary.Source,
        Committed = WireMoney.FromYuan(summary.Committed),
        Arrived = WireMoney.FromYuan(summary.Arrived),
        Spent = WireMoney.FromYuan(summary.Spent),
        ArrivalRate = summary.ArrivalRate?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "",
        DueOn = Date.From(summary.DueOn),
        Shortfall = summary.Shortfall,
    };

    public static DisbursementMessage ToMessage(this DisbursementEntity entry) => new()
    {
        Id = entry.Id.ToString(),
        Source = entry.Source,
        Kind = entry.Kind,
        Amount = WireMoney.FromYuan(entry.Amount),
        On = Date.From(entry.On),
        Note = entry.Note ?? "",
        By = entry.By,
        At = Timestamp.FromDateTimeOffset(entry.At),
    };

    public static AuditEntry ToMessage(this ProjectAuditEntry entry) =>
        entry.ToAuditMessage();
}
