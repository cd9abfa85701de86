using HuiShang.Contracts.Events;
using HuiShang.Funding.Domain.Plans;
using HuiShang.Policies;
using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Domain;

/// <summary>Approval, implementation, mid-term check, acceptance and termination (XJ-3.3, GY-9).</summary>
public sealed partial class Project
{
    private static readonly ProjectStatus[] Open =
        [ProjectStatus.Applied, ProjectStatus.Approved, ProjectStatus.Implementation, ProjectStatus.MidTermCheck];

    /// <summary>Statuses in which money moves: approved and not closed.</summary>
    public static readonly ProjectStatus[] Funded = [ProjectStatus.Approved, ProjectStatus.Implementation, ProjectStatus.MidTermCheck];

    /// <summary>
    /// XJ-4.2: the plan computed with the profile in force on <paramref name="approvedOn"/> is stored as it is
    /// (XJ tail: and keeps that version for good). The status and the date are refused before the profile is asked.
    /// </summary>
    public IReadOnlyList<object> Approve(DateOnly approvedOn, PolicyCatalog policies, string by, DateTimeOffset now)
    {
        var from = EnsureStatus("approved", ProjectStatus.Applied);
        EnsureApprovalDate(approvedOn);
        var version = policies.InForce(JurisdictionCode, approvedOn);
        var plan = FundingPlanCalculator.Compute(UpperSupport, OfferedMatchRatio, DistrictCategory, version.Find<Matching>(), version.Id, approvedOn);
        Status = ProjectStatus.Approved;
        ApprovedOn = approvedOn;
        Plan = plan;
        PolicyVersion = plan.PolicyVersion;
        Version++;
        Record("approve", from, by, now, $"approved on {approvedOn:yyyy-MM-dd}; plan total {Money.Text(plan.Total)}; policy {plan.PolicyVersion}");
        var approved = new ProjectApproved(Id, AgreementId, RegionCode, DistrictCode, JurisdictionCode, Field,
            UpperSupport, plan.CityMatch, plan.CityLevel, plan.District, plan.PolicyVersion, approvedOn);
        return [approved, StatusChanged(now)];
    }

    private IReadOnlyList<object> StartImplementation(DateOnly on, string by, DateTimeOffset now) =>
        Move(ProjectStatus.Implementation, "implement", on, by, now, ProjectStatus.Approved);

    private IReadOnlyList<object> StartMidTermCheck(DateOnly on, string by, DateTimeOffset now) =>
        Move(ProjectStatus.MidTermCheck, "mid-term-check", on, by, now, ProjectStatus.Implementation);

    /// <summary>结题验收 after the mid-term check, in a mode the plan's profile allows (GY-9; no section: any mode).</summary>
    private IReadOnlyList<object> Accept(AcceptanceMode mode, DateOnly on, PolicyCatalog policies, string by, DateTimeOffset now)
    {
        var from = EnsureStatus("accepted", ProjectStatus.MidTermCheck);
        var management = policies.Find(JurisdictionCode)?.Versions.FirstOrDefault(v => v.Id == PolicyVersion)?.Find<ProjectManagement>();
        if (management is not null && !management.AcceptanceModes.Contains(mode))
        {
            throw new RuleViolationException("validation", management.RuleId,
                $"{management.RuleId}: {PolicyVersion} allows the acceptance modes {string.Join(", ", management.AcceptanceModes.Select(ProjectModes.Name))}.",
                [new("acceptanceMode", $"{ProjectModes.Name(mode)} is not allowed by {PolicyVersion}.")]);
        }

        Status = ProjectStatus.Accepted;
        AcceptanceMode = mode;
        ClosedOn = on;
        ClosingNote = $"acceptance: {ProjectModes.Name(mode)}";
        Version++;
        Record("accept", from, by, now, ClosingNote);
        return [new ProjectAccepted(Id, AgreementId, RegionCode, DistrictCode, JurisdictionCode, Field, ProjectModes.Name(mode), on), StatusChanged(now)];
    }

    /// <summary>
    /// From any open status. GX-18: only the upper support that has not arrived goes back to the envelope;
    /// what arrived was paid under this agreement and stays committed against its cap.
    /// </summary>
    private IReadOnlyList<object> Terminate(string reason, DateOnly on, TerminationFunds funds, string by, DateTimeOffset now)
    {
        var from = EnsureStatus("terminated", Open);
        var upperArrived = funds.UpperArrived;
        Status = ProjectStatus.Terminated;
        ClosedOn = on;
        ClosingNote = reason;
        Version++;
        Record("terminate", from, by, now,
            $"{reason}; GX-18: releases {Money.Text(Releasable(upperArrived))} of upper support {Money.Text(UpperSupport)} to the envelope; "
            + $"{Money.Text(Math.Min(upperArrived, UpperSupport))} upper arrived stays committed (paid under this agreement)");
        funds.Envelope.Release(Releasable(upperArrived));
        return [new ProjectTerminated(Id, AgreementId, RegionCode, DistrictCode, JurisdictionCode, Field, reason, on), StatusChanged(now)];
    }

    /// <summary>The part of the upper support a termination gives back: what has not arrived.</summary>
    private decimal Releasable(decimal upperArrived) => Math.Max(0m, UpperSupport - upperArrived);

    private IReadOnlyList<object> Move(ProjectStatus to, string action, DateOnly on, string by, DateTimeOffset now, ProjectStatus allowedFrom)
    {
        var from = EnsureStatus($"moved to {to}", allowedFrom);
        Status = to;
        Version++;
        Record(action, from, by, now, $"on {on:yyyy-MM-dd}");
        return [StatusChanged(now)];
    }
}
