using HuiShang.Contracts.Proposals.V1;
using HuiShang.Proposals.Domain.Rules;

namespace HuiShang.Proposals.Grpc;

/// <summary>SelectProposalsRequest → the domain's selection; ids must parse and appear once.</summary>
internal static class SelectionMapper
{
    public static SelectionRequest Map(SelectProposalsRequest request)
    {
        var errors = new FieldErrors();
        var seen = new HashSet<Guid>();
        Guid? key = string.IsNullOrWhiteSpace(request.KeyProposalId) ? null : Id(errors, seen, "key", request.KeyProposalId);
        var general = request.GeneralProposalIds.Select((id, i) => Id(errors, seen, $"general[{i}]", id)).ToList();
        var extra = request.Extra.Select((e, i) => new ExtraChoice(Id(errors, seen, $"extra[{i}].proposalId", e.ProposalId), Reason(errors, i, e.Reason))).ToList();
        if (errors.Count > 0)
        {
            throw ServiceProblems.Validation("The selection has invalid fields.", errors);
        }

        return new SelectionRequest(key, general, extra);
    }

    // The shared text check (issue 12: control characters, bidi overrides) and the column's length; blank is RoundCycleRule's to refuse.
    private static string Reason(FieldErrors errors, int i, string value) =>
        errors.Optional($"extra[{i}].reason", value, Domain.ProposalLimits.LongText) ?? "";

    private static Guid Id(FieldErrors errors, HashSet<Guid> seen, string field, string value)
    {
        if (!Guid.TryParse(value, out var id))
        {
            errors.Add(field, "A proposal id.");
        }
        else if (!seen.Add(id))
        {
            errors.Add(field, "A proposal can be chosen once.");
        }

        return id;
    }
}
