using HuiShang.Contracts.Events;
using HuiShang.Policies;
using HuiShang.Proposals.Domain.Rules;

namespace HuiShang.Proposals.Domain;

/// <summary>Submission: the only way into Submitted runs the rules, so no caller can skip them.</summary>
public sealed partial class Proposal
{
    /// <summary>
    /// Draft/Returned → Submitted when the call is still open and <see cref="SubmissionRules"/> pass under the
    /// profile in force today. The order of the refusals is the order a city fixes them: the call, the
    /// rules, then the proposal's own status. <paramref name="call"/> is null when it no longer exists.
    /// </summary>
    public ProposalSubmitted Submit(Call? call, CityRecord record, PolicyCatalog policies, string by, DateTimeOffset now)
    {
        if (call is null)
        {
            throw new InvalidStateException("The proposal's call no longer exists.");
        }

        call.EnsureOpen();
        var today = PolicyCalendar.DateOf(now);
        var policy = policies.InForce(JurisdictionCode, today);
        SubmissionRules.Check(new SubmissionContext(this, call, policy, today, record.IsFirstConsultation, record.UnfinishedProjects));

        var from = Require("submitted", ProposalStatus.Draft, ProposalStatus.Returned);
        Status = ProposalStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        PolicyVersion = policy.Id;
        Version++;
        Record("submit", from, by, now, $"policy {policy.Id}");
        return new ProposalSubmitted(Id, RegionCode, JurisdictionCode, Title, _topics.Count, now, by);
    }
}
