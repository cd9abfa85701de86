using HuiShang.Policies.Sections;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Agreements.Domain;

/// <summary>The director's office meeting, the city leaders, both governments' approval and the formal document.</summary>
public sealed partial class Agreement
{
    /// <summary>GX-16 / HB-16(二): approve the current version, or return it with the meeting's decisions.</summary>
    public Review DirectorReview(string decision, IReadOnlyList<string> reasons, int version, string by, DateTimeOffset now)
    {
        var step = RequireStep(ApprovalStep.DirectorsOfficeMeeting, "reviewed by the director's office meeting");
        return Decide(step, Review.Director, Review.Return, decision, reasons, version, by, now);
    }

    /// <summary>HB-16(二) / HB-19(二): the city leaders approve, or object and the procedure repeats from drafting.</summary>
    public Review CityReview(string decision, IReadOnlyList<string> reasons, int version, string by, DateTimeOffset now)
    {
        var step = RequireStep(ApprovalStep.LowerLeadersReview, "reviewed by the city leaders");
        return Decide(step, Review.City, Review.Object, decision, reasons, version, by, now);
    }

    /// <summary>HB-16(三): each government approves the current version; both together complete the step.</summary>
    public void Approve(string side, int version, string by, DateTimeOffset now)
    {
        RequireStep(ApprovalStep.BothApprove, "approved");
        var number = RequireCurrentVersion(version, "approved");
        if (_approvals.Any(a => a.Side == side && a.Version == number))
        {
            throw new InvalidStateException($"The {side} side has already approved version {number}.");
        }

        var from = Status;
        _approvals.Add(new Approval(side, number, by, now));
        if (Sides.All.All(s => _approvals.Any(a => a.Side == s && a.Version == number)))
        {
            CompleteStep();
        }

        Changed(from, "approve", by, now, side);
    }

    /// <summary>HB-16(三): the city government's formal document (正式行文).</summary>
    public void RecordFormalDocument(string documentNumber, DateOnly issuedOn, string by, DateTimeOffset now)
    {
        RequireStep(ApprovalStep.FormalDocument, "given a formal document");
        var from = Status;
        FormalDocument = new FormalDocument(documentNumber, issuedOn, by, now);
        CompleteStep();
        Changed(from, "formal-document", by, now, documentNumber);
    }

    private Review Decide(AgreementStep step, string kind, string refusal, string decision, IReadOnlyList<string> reasons, int version, string by, DateTimeOffset now)
    {
        var number = RequireCurrentVersion(version, "reviewed");
        if (OpenRefusal is { } open)
        {
            throw new InvalidStateException(
                $"The {open.Decision} of version {open.Version} is not addressed yet: create a version that addresses review {open.Id} first.");
        }

        var from = Status;
        var review = Review.Create(Id, _reviews.Count + 1, kind, number, decision, reasons, step.RuleId, by, now);
        _reviews.Add(review);
        if (decision != refusal)
        {
            CompleteStep();
        }
        else if (kind == Review.City)
        {
            ObjectionCount++;
            if (step.ObjectionRestartsDrafting)
            {
                // HB-16(二) 市领导如有异议，按上述程序再次商定: back to the first step; the objection stays in history.
                review.RestartDrafting();
                LastObjectedVersion = number;
                ApprovedVersion = 0;
                EnterStep(0);
            }
        }

        Changed(from, $"{kind}-{decision}", by, now, reasons.Count == 0 ? null : string.Join("; ", reasons));
        return review;
    }
}
