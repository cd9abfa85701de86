using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using V1 = HuiShang.Contracts.Evaluation.V1;

namespace HuiShang.Gateway.Tracking;

/// <summary>
/// api.md implementation tracking (domain.md §2.4, GX-19): the city's implementation plan, quarterly
/// ledgers and annual reports (Idempotency-Key; a re-filing is a new revision behind If-Match), the
/// coordinating division's task assignments, returns and acceptances, the tracking view and the
/// overview with overdue counts. Due dates, tenancy and the rules are the evaluation service's.
/// </summary>
public static class TrackingApi
{
    private const string FilingSummary = " Late is accepted and marked. A period already filed needs If-Match with its latest revision "
        + "(409 precondition-required without, 409 concurrency-conflict when stale); the earlier revision is kept. Idempotency-Key: a retry answers the first filing.";

    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder api)
    {
        var filings = api.MapGroup("/").WithTags("Tracking").ProducesUpstreamProblems();
        filings.MapPost("/ledgers", FileLedger).WithName(nameof(FileLedger)).RequireRoles(Roles.CityBureau)
            .WithSummary("GX-19: the quarter's progress ledger (台账) of an agreement, an entry per city item; due the profile's days after the quarter." + FilingSummary);
        filings.MapPost("/annual-reports", FileAnnualReport).WithName(nameof(FileAnnualReport)).RequireRoles(Roles.CityBureau)
            .WithSummary("GX-19: the year's implementation report, due on the profile's day (12-25)." + FilingSummary);
        filings.MapGet("/tracking", ListTracking).WithName(nameof(ListTracking)).RequireRoles([.. Roles.All])
            .WithSummary("Every tracked agreement the caller may see with its overdue count, newest first; ?overdueOnly=true for those with something overdue.");

        var group = api.MapGroup("/agreements/{id:guid}").WithTags("Tracking").ProducesUpstreamProblems();
        group.MapGet("/tracking", GetTracking).WithName(nameof(GetTracking)).RequireRoles([.. Roles.All])
            .WithSummary("Per item and side: due, done, overdue; per period: due, filed, late, overdue; a progress summary (GX-19). A division sees only its items.");
        group.MapGet("/tracking/history", GetTrackingHistory).WithName(nameof(GetTrackingHistory)).RequireRoles([.. Roles.All])
            .WithSummary("The append-only, hash-chained history of every filing and decision.");
        group.MapPost("/implementation-plan", FileImplementationPlan).WithName(nameof(FileImplementationPlan)).RequireRoles(Roles.CityBureau)
            .WithSummary("GX-19: the city's implementation plan (落实方案): timetable, roadmap, responsible people." + FilingSummary);
        group.MapGet("/filings", ListFilings).WithName(nameof(ListFilings)).RequireRoles([.. Roles.All])
            .WithSummary("Every filing revision of the agreement, newest first; ?kind=ledger|annual-report|implementation-plan.");
        group.MapGet("/filings/{filingId:guid}", GetFiling).WithName(nameof(GetFiling)).RequireRoles([.. Roles.All])
            .WithSummary("One filing revision with its entries; ETag = revision.");
        group.MapPost("/filings/{filingId:guid}/return", ReturnFiling).WithName(nameof(ReturnFiling)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("GX-19: return the latest revision of a ledger or report for revision, with the reason the city sees.");
        group.MapPost("/task-assignments", AssignItems).WithName(nameof(AssignItems)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("GX-19 任务分工: assign the province's items to business divisions.");
        group.MapPost("/items/{itemId:guid}/done", MarkItemDone).WithName(nameof(MarkItemDone)).RequireRoles(Roles.CityBureau, Roles.ProvinceDivision)
            .WithSummary("The owner (city bureau for city items, the assigned division for province items) marks an item done with evidence.");
        group.MapPost("/items/{itemId:guid}/review", ReviewItem).WithName(nameof(ReviewItem)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Accept a done item as completed, or send it back with a reason; all completed: the agreement is Fulfilled.");
        return api;
    }

    public static async Task<Results<Created<FilingResponse>, ValidationProblem>> FileLedger(
        LedgerRequest request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, TrackingClient tracking, HttpContext http)
    {
        var errors = request.Validate();
        if (EntityTag.ReadIfMatch(ifMatch, out var revision) == IfMatch.Malformed)
        {
            return EntityTag.MalformedIfMatch();
        }

        return errors.Any ? ValidationResults.For(errors) : Created(await tracking.FileLedgerAsync(TrackingMapping.ToMessage(request, revision)), http);
    }

    public static async Task<Results<Created<FilingResponse>, ValidationProblem>> FileAnnualReport(
        AnnualReportRequest request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, TrackingClient tracking, HttpContext http)
    {
        var errors = request.Validate();
        if (EntityTag.ReadIfMatch(ifMatch, out var revision) == IfMatch.Malformed)
        {
            return EntityTag.MalformedIfMatch();
        }

        return errors.Any ? ValidationResults.For(errors) : Created(await tracking.FileAnnualReportAsync(TrackingMapping.ToMessage(request, revision)), http);
    }

    public static async Task<Results<Created<FilingResponse>, ValidationProblem>> FileImplementationPlan(
        Guid id, ImplementationPlanRequest request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, TrackingClient tracking, HttpContext http) =>
        EntityTag.ReadIfMatch(ifMatch, out var revision) == IfMatch.Malformed
            ? EntityTag.MalformedIfMatch()
            : Created(await tracking.FileImplementationPlanAsync(TrackingMapping.ToMessage(id, request, revision)), http);

    public static async Task<Ok<TrackingResponse>> GetTracking(Guid id, TrackingClient tracking) =>
        TypedResults.Ok(TrackingMapping.ToResponse(await tracking.GetAsync(id.ToString())));

    public static async Task<Results<Ok<TrackingOverviewListResponse>, ValidationProblem>> ListTracking(
        string? overdueOnly, [AsParameters] PageParameters page, TrackingClient tracking)
    {
        var errors = page.Validate();
        var only = false;
        if (overdueOnly is not null && !bool.TryParse(overdueOnly, out only))
        {
            errors.Add("overdueOnly", "true or false.");
        }

        return errors.Any ? ValidationResults.For(errors) : TypedResults.Ok(TrackingMapping.ToResponse(await tracking.ListAsync(only, page)));
    }

    public static Task<Results<Ok<HistoryResponse>, ValidationProblem>> GetTrackingHistory(Guid id, [AsParameters] PageParameters page, TrackingClient tracking) =>
        HistoryResponse.PageAsync(page, async request =>
        {
            var reply = await tracking.HistoryAsync(id.ToString(), request);
            return (reply.Entries, reply.Page);
        });

    public static async Task<Results<Ok<FilingListResponse>, ValidationProblem>> ListFilings(
        Guid id, string? kind, [AsParameters] PageParameters page, TrackingClient tracking)
    {
        var errors = page.Validate();
        if (kind is not null && kind is not ("ledger" or "annual-report" or "implementation-plan"))
        {
            errors.Add("kind", "ledger, annual-report or implementation-plan.");
        }

        return errors.Any ? ValidationResults.For(errors) : TypedResults.Ok(TrackingMapping.ToResponse(await tracking.ListFilingsAsync(id.ToString(), kind ?? "", page)));
    }

    public static async Task<Ok<FilingResponse>> GetFiling(Guid id, Guid filingId, TrackingClient tracking, HttpContext http)
    {
        var filing = await tracking.GetFilingAsync(id.ToString(), filingId.ToString());
        http.Response.Headers.ETag = EntityTag.ForVersion(filing.Revision);
        return TypedResults.Ok(TrackingMapping.ToResponse(filing));
    }

    public static async Task<Ok<FilingResponse>> ReturnFiling(Guid id, Guid filingId, ReturnFilingRequest request, TrackingClient tracking) =>
        TypedResults.Ok(TrackingMapping.ToResponse(await tracking.ReturnFilingAsync(
            new V1.ReturnFilingRequest { AgreementId = id.ToString(), FilingId = filingId.ToString(), Reason = request.Reason ?? "" })));

    public static async Task<Ok<TrackingResponse>> AssignItems(Guid id, TaskAssignmentsRequest request, TrackingClient tracking) =>
        TypedResults.Ok(TrackingMapping.ToResponse(await tracking.AssignAsync(TrackingMapping.ToMessage(id, request))));

    public static async Task<Ok<TrackingResponse>> MarkItemDone(Guid id, Guid itemId, ItemDoneRequest request, TrackingClient tracking) =>
        TypedResults.Ok(TrackingMapping.ToResponse(await tracking.MarkDoneAsync(
            new V1.MarkItemDoneRequest { AgreementId = id.ToString(), ItemId = itemId.ToString(), Evidence = request.Evidence ?? "" })));

    public static async Task<Results<Ok<TrackingResponse>, ValidationProblem>> ReviewItem(Guid id, Guid itemId, ItemReviewRequest request, TrackingClient tracking) =>
        request.Accept is not { } accept
            ? ValidationResults.For("accept", FieldMessages.Required)
            : TypedResults.Ok(TrackingMapping.ToResponse(await tracking.ReviewAsync(
                new V1.ReviewItemRequest { AgreementId = id.ToString(), ItemId = itemId.ToString(), Accept = accept, Reason = request.Reason ?? "" })));

    private static Created<FilingResponse> Created(V1.Filing filing, HttpContext http)
    {
        http.Response.Headers.ETag = EntityTag.ForVersion(filing.Revision);
        return TypedResults.Created($"/api/agreements/{filing.AgreementId}/filings/{filing.Id}", TrackingMapping.ToResponse(filing));
    }
}
