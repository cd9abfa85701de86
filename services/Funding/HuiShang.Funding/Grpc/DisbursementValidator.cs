using HuiShang.Contracts.Funding.V1;
using HuiShang.Funding.Domain;
using HuiShang.Funding.Domain.Disbursements;
using HuiShang.ServiceDefaults.Problems;

namespace HuiShang.Funding.Grpc;

/// <summary>A RecordDisbursement request checked on its own fields: source, kind, money, a date that has happened.</summary>
internal static class DisbursementValidator
{
    public static DisbursementDraft Validate(RecordDisbursementRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var source = errors.OneOf("source", request.Source, FundingSources.All);
        var kind = errors.OneOf("kind", request.Kind, FundingSources.Kinds);
        var amount = errors.Money("amount", request.Amount);
        var on = errors.PastDate("on", request.On, today);
        var note = errors.Optional("note", request.Note, FundingLimits.Text);
        errors.ThrowIfAny("The disbursement has invalid fields.");
        return new DisbursementDraft(source!, kind!, amount!.Value, on!.Value, note);
    }
}
