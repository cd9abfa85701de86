using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using V1 = HuiShang.Contracts.Agreements.V1;

namespace HuiShang.Gateway.Agreements;

/// <summary>
/// api.md agreements (domain.md §2.2): versions, division comment rounds, the director's office
/// meeting, city-leader reviews, approvals, formal document, meeting, signing and renewal. The
/// approval chain and tenancy are the service's; the gateway checks roles and the request's shape.
/// </summary>
public static class AgreementsApi
{
    public const int MaxStatusLength = 32;

    private const string Id = "/{id:guid}";

    public static RouteGroupBuilder MapAgreementsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/agreements").WithTags("Agreements").ProducesUpstreamProblems();
        MapReads(group);
        group.MapPost(Id + "/versions", CreateVersion).WithName(nameof(CreateVersion)).RequireRoles(Roles.ProvincePlanning)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("A new immutable draft version. Requires If-Match: the agreement's ETag (428 without, 409 concurrency-conflict when stale).");
        group.MapPost(Id + "/comment-rounds", StartCommentRound).WithName(nameof(StartCommentRound)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("GX-15 / HB-16(二): ask divisions for written comments on a version by a due date.");
        group.MapPost(Id + "/comments", AddComment).WithName(nameof(AddComment)).RequireRoles(Roles.ProvinceDivision)
            .WithSummary("The caller's division's written comment (or no comment) on a round's version; a superseded version is 409 version-superseded.");
        group.MapPost(Id + "/comment-rounds/{roundId:guid}/resolutions", ResolveComments).WithName(nameof(ResolveComments)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Adopted, partly adopted or not adopted, with the reason, per comment of a round.");
        group.MapPost(Id + "/comment-rounds/{roundId:guid}/close", CloseCommentRound).WithName(nameof(CloseCommentRound)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("GX-15: after its due date, close an Open round with a reason; the divisions still silent are listed as unanswered "
                + "and the round counts as answered. Before then 409 deadline-not-passed.");
        group.MapPost(Id + "/director-review", DirectorReview).WithName(nameof(DirectorReview)).RequireRoles(Roles.ProvinceDirector)
            .WithSummary("GX-16 / HB-16(二) director's office meeting: approve, or return with its decisions.");
        group.MapPost(Id + "/city-review", CityReview).WithName(nameof(CityReview)).RequireRoles(Roles.CityLeader)
            .WithSummary("HB-16(二) city leaders: approve, or object with reasons (drafting starts again).");
        group.MapPost(Id + "/approvals", Approve).WithName(nameof(Approve)).RequireRoles(Roles.ProvinceDirector, Roles.CityLeader)
            .WithSummary("HB-16(三): the caller's government approves the version (province director or city leader). Body optional.");
        group.MapPost(Id + "/formal-document", RecordFormalDocument).WithName(nameof(RecordFormalDocument)).RequireRoles(Roles.CityBureau, Roles.CityLeader)
            .WithSummary("HB-16(三): the city government's formal document (正式行文).");
        group.MapPost(Id + "/meeting", ScheduleMeeting).WithName(nameof(ScheduleMeeting)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("GX-17 / HB-16(四): time, place, participants, agenda (default five steps) and materials of the signing meeting.");
        group.MapPost(Id + "/sign", Sign).WithName(nameof(Sign)).RequireRoles(Roles.ProvinceDirector, Roles.CityLeader)
            .WithSummary("The caller's signature on the approved version; with both signatures the agreement is Signed. Body optional.");
        group.MapPost(Id + "/renewal", DecideRenewal).WithName(nameof(DecideRenewal)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("HB-15: renew or not at expiry.");
        return group;
    }

    private static void MapReads(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAgreements).WithName(nameof(ListAgreements)).RequireRoles([.. Roles.All])
            .WithSummary("Agreements the caller may see, optionally in one status.");
        group.MapGet(Id, GetAgreement).WithName(nameof(GetAgreement)).RequireRoles([.. Roles.All])
            .WithSummary("An agreement the caller may see (404 otherwise) with its current version, rounds, reviews and signatures; ETag = current version.");
        group.MapGet(Id + "/history", GetAgreementHistory).WithName(nameof(GetAgreementHistory)).RequireRoles([.. Roles.All])
            .WithSummary("The append-only audit of every change: who, when, from → to, version.");
        group.MapGet(Id + "/versions", ListVersions).WithName(nameof(ListVersions)).RequireRoles([.. Roles.All])
            .WithSummary("Every version of the agreement, oldest first.");
        group.MapGet(Id + "/versions/{number:int:min(1)}", GetVersion).WithName(nameof(GetVersion)).RequireRoles([.. Roles.All])
            .WithSummary("One version of the agreement.");
        group.MapGet(Id + "/versions/{from:int:min(1)}/diff/{to:int:min(1)}", DiffVersions).WithName(nameof(DiffVersions)).RequireRoles([.. Roles.All])
            .WithSummary("Items added, removed and changed (by title) and the text line by line from one version to another.");
    }

    // status arrives as text so that a bad one becomes a validation problem naming it.
    public static async Task<Results<Ok<AgreementListResponse>, ValidationProblem>> ListAgreements(
        string? status, [AsParameters] PageParameters page, AgreementsClient agreements, HttpContext http)
    {
        var errors = page.Validate();
        if (status is not null && (status.Length is 0 or > MaxStatusLength || !status.All(char.IsAsciiLetter)))
        {
            errors.Add("status", "An agreement status, e.g. Drafting or Signed.");
        }

        return errors.Any
            ? ValidationResults.For(errors)
            : TypedResults.Ok(AgreementMapping.ToResponse(await agreements.ListAsync(status ?? "", page)));
    }

    public static async Task<Ok<AgreementResponse>> GetAgreement(Guid id, AgreementsClient agreements, HttpContext http) =>
        Ok(await agreements.GetAsync(id.ToString()), http);

    public static Task<Results<Ok<HistoryResponse>, ValidationProblem>> GetAgreementHistory(
        Guid id, [AsParameters] PageParameters page, AgreementsClient agreements, HttpContext http) =>
        HistoryResponse.PageAsync(page, async request =>
        {
            var reply = await agreements.HistoryAsync(id.ToString(), request);
            return (reply.Entries, reply.Page);
        });

    public static async Task<Ok<VersionListResponse>> ListVersions(Guid id, AgreementsClient agreements, HttpContext http) =>
        TypedResults.Ok(AgreementMapping.ToResponse(await agreements.ListVersionsAsync(id.ToString())));

    public static async Task<Ok<AgreementVersionResponse>> GetVersion(Guid id, int number, AgreementsClient agreements, HttpContext http) =>
        TypedResults.Ok(AgreementMapping.ToResponse(await agreements.GetVersionAsync(id.ToString(), number)));

    public static async Task<Ok<VersionDiffResponse>> DiffVersions(Guid id, int from, int to, AgreementsClient agreements, HttpContext http) =>
        TypedResults.Ok(AgreementMapping.ToResponse(await agreements.DiffAsync(id.ToString(), from, to)));

    public static async Task<Results<Created<AgreementResponse>, ValidationProblem, ProblemHttpResult>> CreateVersion(
        Guid id, CreateVersionRequest request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, AgreementsClient agreements, HttpContext http)
    {
        switch (EntityTag.ReadIfMatch(ifMatch, out var version))
        {
            case IfMatch.Absent:
                return EntityTag.PreconditionRequired();
            case IfMatch.Malformed:
            case IfMatch.Version when version > int.MaxValue:
                return EntityTag.MalformedIfMatch();
        }

        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var agreement = await agreements.CreateVersionAsync(AgreementMapping.ToMessage(id, version, request));
        SetETag(agreement, http);
        return TypedResults.Created($"/api/agreements/{agreement.Id}/versions/{agreement.CurrentVersion?.Number}", AgreementMapping.ToResponse(agreement));
    }

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> StartCommentRound(
        Guid id, StartCommentRoundRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.StartCommentRoundAsync(AgreementMapping.ToMessage(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> AddComment(
        Guid id, AddCommentRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.AddCommentAsync(AgreementMapping.ToMessage(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> ResolveComments(
        Guid id, Guid roundId, ResolveCommentsRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.ResolveCommentsAsync(AgreementMapping.ToMessage(id, roundId, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> CloseCommentRound(
        Guid id, Guid roundId, CloseCommentRoundRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.CloseCommentRoundAsync(AgreementMapping.ToMessage(id, roundId, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> DirectorReview(
        Guid id, DirectorReviewRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.DirectorReviewAsync(AgreementMapping.ToMessage(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> CityReview(
        Guid id, CityReviewRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.CityReviewAsync(AgreementMapping.ToMessage(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> Approve(
        Guid id, VersionRequest? request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request?.Validate() ?? new FieldErrors(), () => agreements.ApproveAsync(AgreementMapping.ToApproval(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> RecordFormalDocument(
        Guid id, FormalDocumentRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.RecordFormalDocumentAsync(AgreementMapping.ToMessage(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> ScheduleMeeting(
        Guid id, ScheduleMeetingRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.ScheduleMeetingAsync(AgreementMapping.ToMessage(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> Sign(
        Guid id, VersionRequest? request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request?.Validate() ?? new FieldErrors(), () => agreements.SignAsync(AgreementMapping.ToSignature(id, request)), http);

    public static Task<Results<Ok<AgreementResponse>, ValidationProblem>> DecideRenewal(
        Guid id, RenewalRequest request, AgreementsClient agreements, HttpContext http) =>
        ActAsync(request.Validate(), () => agreements.DecideRenewalAsync(AgreementMapping.ToMessage(id, request)), http);

    /// <summary>An action on an agreement: the gateway's own checks first, then the service; the reply carries the new ETag.</summary>
    private static async Task<Results<Ok<AgreementResponse>, ValidationProblem>> ActAsync(FieldErrors errors, Func<Task<V1.Agreement>> call, HttpContext http)
    {
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        return Ok(await call(), http);
    }

    private static Ok<AgreementResponse> Ok(V1.Agreement agreement, HttpContext http)
    {
        SetETag(agreement, http);
        return TypedResults.Ok(AgreementMapping.ToResponse(agreement));
    }

    private static void SetETag(V1.Agreement agreement, HttpContext http)
    {
        if (agreement.CurrentVersion is { Number: > 0 } current)
        {
            http.Response.Headers.ETag = EntityTag.ForVersion(current.Number);
        }
    }
}
