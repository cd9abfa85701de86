using HuiShang.Agreements.Grpc.Validation;
using HuiShang.Contracts.Agreements.V1;
using HuiShang.Contracts.Identity;
using Grpc.Core;
using HuiShang.ServiceDefaults.Problems;
using Proto = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Agreements.Grpc;

/// <summary>GX-15 / HB-16(二) 会签: rounds, the divisions' answers and their resolution.</summary>
public sealed partial class AgreementsService
{
    public override Task<Proto.Agreement> StartCommentRound(StartCommentRoundRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () => CommentValidator.Round(request, Today), (caller, agreement, round) =>
            agreement.StartCommentRound(request.Version, round.Divisions, round.DueOn, caller.Subject, Now));

    public override Task<Proto.Agreement> AddComment(AddCommentRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvinceDivision], () => CommentValidator.Comment(request), (caller, agreement, text) =>
            agreement.AddComment(FindRound(agreement, request.RoundId), caller.Division ?? "", text, request.NoComment, caller.Subject, Now));

    public override Task<Proto.Agreement> ResolveComments(ResolveCommentsRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () => CommentValidator.Resolutions(request), (caller, agreement, decisions) =>
            agreement.ResolveComments(FindRound(agreement, request.RoundId), decisions, caller.Subject, Now));

    /// <summary>GX-15: after the due date the coordinating division goes on without the divisions still silent.</summary>
    public override Task<Proto.Agreement> CloseCommentRound(CloseCommentRoundRequest request, ServerCallContext context) =>
        ChangeAsync(context, request.AgreementId, [Roles.ProvincePlanning], () => CommentValidator.CloseReason(request), (caller, agreement, reason) =>
            agreement.CloseCommentRound(FindRound(agreement, request.RoundId), reason, Today, caller.Subject, Now));

    private static Domain.CommentRound FindRound(Domain.Agreement agreement, string id) =>
        Guid.TryParse(id, out var key) && agreement.FindRound(key) is { } round ? round : throw ServiceProblems.NotFound("Comment round", id);
}
