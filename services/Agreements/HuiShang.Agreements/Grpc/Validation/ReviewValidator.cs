using HuiShang.Agreements.Domain;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.ServiceDefaults.Problems;
using Review = HuiShang.Agreements.Domain.Review;

namespace HuiShang.Agreements.Grpc.Validation;

/// <summary>Review decisions (GX-16, HB-16(二)) and the formal document (HB-16(三)).</summary>
internal static class ReviewValidator
{
    /// <summary>"approve" or the refusal (return / object); a refusal needs at least one reason.</summary>
    public static (string Decision, IReadOnlyList<string> Reasons) Decision(ReviewRequest request, string refusal)
    {
        var errors = new FieldErrors();
        var decision = request.Decision.Trim();
        if (decision != Review.Approve && decision != refusal)
        {
            errors.Add("decision", $"\"{Review.Approve}\" or \"{refusal}\".");
        }

        var reasons = errors.List("reasons", request.Reasons, AgreementLimits.LongText);
        if (decision == refusal && reasons.Count == 0)
        {
            errors.Add("reasons", $"A {refusal} needs at least one reason.");
        }

        errors.ThrowIfAny("The review has invalid fields.");
        return (decision, reasons);
    }

    public static (string Number, DateOnly IssuedOn) FormalDocument(FormalDocumentRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var number = errors.Required("documentNumber", request.DocumentNumber, AgreementLimits.Code * 2);
        var issuedOn = errors.Date("issuedOn", request.IssuedOn, required: true);
        if (issuedOn > today)
        {
            errors.Add("issuedOn", "A document cannot be issued in the future.");
        }

        errors.ThrowIfAny("The formal document has invalid fields.");
        return (number!, issuedOn!.Value);
    }
}
