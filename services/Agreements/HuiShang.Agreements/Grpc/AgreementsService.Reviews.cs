using HuiShang.Agreements.Domain;
using HuiShang.Agreements.Grpc.Validation;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Identity;
using Grpc.Core;
using HuiShang.ServiceDefaults.Identity;
using Proto = HuiShang.Contracts.Agreements.V1;
using Review = HuiShang.Agreements.Domain.Review;

namespace HuiShang.Agreements.Grpc;

/// <summary>Director's office meeting (GX-16), city leaders (HB-16(二)), both approvals and the formal document (HB-16(三)).</summary>
public sealed partial class AgreementsService
{
    public override Task<Proto.Agreement> DirectorReview(ReviewRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvinceDirector], () => ReviewValidator.Decision(request, Review.Return), (caller, agreement, review) =>
            agreement.DirectorReview(review.Decision, review.Reasons, request.Version, caller.Subject, Now));

    public override Task<Proto.Agreement> CityReview(ReviewRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.CityLeader], () => ReviewValidator.Decision(request, Review.Object), (caller, agreement, review) =>
            agreement.CityReview(review.Decision, review.Reasons, request.Version, caller.Subject, Now));

    public override Task<Proto.Agreement> Approve(ApproveRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvinceDirector, Roles.CityLeader], (caller, agreement) =>
            agreement.Approve(SideOf(caller), request.Version, caller.Subject, Now));

    public override Task<Proto.Agreement> RecordFormalDocument(FormalDocumentRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.CityBureau, Roles.CityLeader], () => ReviewValidator.FormalDocument(request, Today), (caller, agreement, document) =>
            agreement.RecordFormalDocument(document.Number, document.IssuedOn, caller.Subject, Now));

    /// <summary>The director speaks for the department, the city's leader for the city government.</summary>
    private static string SideOf(PlatformCaller caller) => caller.HasRole(Roles.ProvinceDirector) ? Sides.Province : Sides.City;
}
