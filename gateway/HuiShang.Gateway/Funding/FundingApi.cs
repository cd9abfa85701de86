using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using V1 = HuiShang.Contracts.Funding.V1;

namespace HuiShang.Gateway.Funding;

/// <summary>
/// api.md projects and funding (domain.md §2.3): joint projects under signed agreements, their
/// approval and steps, funding plans, envelopes, priority ranking and disbursements. Caps, matching
/// and tenancy are the funding service's checks; the gateway checks roles and the shape of input.
/// </summary>
public static class FundingApi
{
    public const int MaxStatusLength = 32;

    // The province's own staff: experts review proposals and evaluations, not funding rankings (as the funding service holds).
    private static readonly string[] ProvinceRoles = [Roles.ProvincePlanning, Roles.ProvinceDivision, Roles.ProvinceDirector];

    public static RouteGroupBuilder MapFundingApi(this IEndpointRouteBuilder api)
    {
        // Under /agreements but the funding service's data: its own group, next to the agreements API's.
        api.MapGroup("/agreements/{id:guid}/funding").WithTags("Funding").ProducesUpstreamProblems()
            .MapGet("/", GetEnvelope).WithName(nameof(GetEnvelope)).RequireRoles([.. Roles.All])
            .WithSummary("The signed agreement's funds envelope (GX-18): cap, committed, remaining; 404 until the signing has reached funding.");

        var group = api.MapGroup("/projects").WithTags("Funding").ProducesUpstreamProblems();
        group.MapPost("/", RegisterProject).WithName(nameof(RegisterProject)).RequireRoles(Roles.CityBureau, Roles.District)
            .WithSummary("Register a joint project under a signed agreement of the caller's city (GX-18 cap checked).");
        group.MapGet("/", ListProjects).WithName(nameof(ListProjects)).RequireRoles([.. Roles.All])
            .WithSummary("Projects the caller may see, optionally of one agreement and/or in one status.");
        // A literal segment: "priority" never matches {id:guid}, and literal routes win over parameters anyway.
        group.MapGet("/priority", ListPriority).WithName(nameof(ListPriority)).RequireRoles(ProvinceRoles)
            .WithSummary("An agreement's projects ranked by the matching ratio offered (XJ-4.2).");
        group.MapGet("/{id:guid}", GetProject).WithName(nameof(GetProject)).RequireRoles([.. Roles.All])
            .WithSummary("A project the caller may see (404 otherwise); ETag = version.");
        group.MapGet("/{id:guid}/history", GetProjectHistory).WithName(nameof(GetProjectHistory)).RequireRoles([.. Roles.All])
            .WithSummary("The append-only audit of every change of a project.");
        group.MapPost("/{id:guid}/approve", ApproveProject).WithName(nameof(ApproveProject)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Approve an applied project: fixes its funding plan with the policy version in force on approvedOn. Optional If-Match.");
        group.MapPost("/{id:guid}/status", AdvanceProject).WithName(nameof(AdvanceProject)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Move an approved project on: Implementation, MidTermCheck, Accepted (with acceptanceMode) or Terminated (with reason). Optional If-Match.");
        group.MapGet("/{id:guid}/funding-plan", GetFundingPlan).WithName(nameof(GetFundingPlan)).RequireRoles([.. Roles.All])
            .WithSummary("Shares per source (upper, city level, district), the policy version and rule ids used; provisional before approval.");
        group.MapPost("/{id:guid}/disbursements", RecordDisbursement).WithName(nameof(RecordDisbursement))
            .RequireRoles(Roles.ProvincePlanning, Roles.CityBureau, Roles.District)
            .WithSummary("Record funds of one source arrived (到位) or spent; answers the project's disbursement summary.");
        group.MapGet("/{id:guid}/disbursements", GetDisbursements).WithName(nameof(GetDisbursements)).RequireRoles([.. Roles.All])
            .WithSummary("Committed, arrived and spent per source with the arrival rate, and every disbursement.");
        return group;
    }

    public static async Task<Ok<EnvelopeResponse>> GetEnvelope(Guid id, FundingClient funding, HttpContext http) =>
        TypedResults.Ok(FundingMapping.ToResponse(await funding.GetEnvelopeAsync(id.ToString())));

    public static async Task<Results<Created<ProjectResponse>, ValidationProblem>> RegisterProject(
        RegisterProjectRequest request, FundingClient funding, HttpContext http)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var project = await funding.RegisterAsync(FundingMapping.ToMessage(request));
        http.Response.Headers.ETag = EntityTag.ForVersion(project.Version);
        return TypedResults.Created($"/api/projects/{project.Id}", FundingMapping.ToResponse(project));
    }

    // Query values arrive as text so that a bad one becomes a validation problem naming it.
    public static async Task<Results<Ok<ProjectListResponse>, ValidationProblem>> ListProjects(
        string? agreementId, string? status, [AsParameters] PageParameters page, FundingClient funding, HttpContext http)
    {
        var errors = page.Validate();
        var agreement = OptionalGuid("agreementId", agreementId, errors);
        if (status is not null && (status.Length is 0 or > MaxStatusLength || !status.All(char.IsAsciiLetter)))
        {
            errors.Add("status", "A project status, e.g. Approved.");
        }

        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        return TypedResults.Ok(FundingMapping.ToResponse(await funding.ListAsync(agreement ?? "", status ?? "", page)));
    }

    public static async Task<Results<Ok<PriorityResponse>, ValidationProblem>> ListPriority(
        string? agreementId, FundingClient funding, HttpContext http)
    {
        var errors = new FieldErrors();
        var agreement = OptionalGuid("agreementId", agreementId, errors);
        if (agreement is null && !errors.Any)
        {
            errors.Add("agreementId", "Required: the agreement whose projects to rank.");
        }

        return errors.Any
            ? ValidationResults.For(errors)
            : TypedResults.Ok(FundingMapping.ToResponse(await funding.ListPriorityAsync(agreement!)));
    }

    public static async Task<Ok<ProjectResponse>> GetProject(Guid id, FundingClient funding, HttpContext http) =>
        Ok(await funding.GetAsync(id.ToString()), http);

    public static Task<Results<Ok<HistoryResponse>, ValidationProblem>> GetProjectHistory(
        Guid id, [AsParameters] PageParameters page, FundingClient funding, HttpContext http) =>
        HistoryResponse.PageAsync(page, async request =>
        {
            var reply = await funding.HistoryAsync(id.ToString(), request);
            return (reply.Entries, reply.Page);
        });

    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem>> ApproveProject(
        Guid id, ApproveProjectRequest? request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, FundingClient funding, HttpContext http)
    {
        if (EntityTag.ReadIfMatch(ifMatch, out var version) == IfMatch.Malformed)
        {
            return EntityTag.MalformedIfMatch();
        }

        return Ok(await funding.ApproveAsync(FundingMapping.ToMessage(id, version, request)), http);
    }

    public static async Task<Results<Ok<ProjectResponse>, ValidationProblem>> AdvanceProject(
        Guid id, AdvanceProjectRequest request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, FundingClient funding, HttpContext http)
    {
        if (EntityTag.ReadIfMatch(ifMatch, out var version) == IfMatch.Malformed)
        {
            return EntityTag.MalformedIfMatch();
        }

        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        return Ok(await funding.AdvanceAsync(FundingMapping.ToMessage(id, version, request)), http);
    }

    public static async Task<Ok<FundingPlanResponse>> GetFundingPlan(Guid id, FundingClient funding, HttpContext http) =>
        TypedResults.Ok(FundingMapping.ToResponse(await funding.GetPlanAsync(id.ToString())));

    public static async Task<Results<Created<DisbursementsResponse>, ValidationProblem>> RecordDisbursement(
        Guid id, RecordDisbursementRequest request, FundingClient funding, HttpContext http)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var summary = await funding.RecordDisbursementAsync(FundingMapping.ToMessage(id, request));
        return TypedResults.Created($"/api/projects/{id}/disbursements", FundingMapping.ToResponse(summary));
    }

    public static async Task<Ok<DisbursementsResponse>> GetDisbursements(Guid id, FundingClient funding, HttpContext http) =>
        TypedResults.Ok(FundingMapping.ToResponse(await funding.GetDisbursementsAsync(id.ToString())));

    private static string? OptionalGuid(string field, string? value, FieldErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var parsed) && parsed != Guid.Empty)
        {
            return parsed.ToString();
        }

        errors.Add(field, "A GUID.");
        return null;
    }

    private static Ok<ProjectResponse> Ok(V1.Project project, HttpContext http)
    {
        http.Response.Headers.ETag = EntityTag.ForVersion(project.Version);
        return TypedResults.Ok(FundingMapping.ToResponse(project));
    }
}
