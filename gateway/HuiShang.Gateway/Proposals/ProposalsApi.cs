using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HuiShang.Gateway.Proposals;

/// <summary>
/// api.md proposals: drafts and edits by city bureaus, submission, return, withdrawal, reading,
/// listing and history. Tenancy is the service's check.
/// </summary>
public static class ProposalsApi
{
    public const int MaxStatusLength = 32;

    public static RouteGroupBuilder MapProposalsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/proposals").WithTags("Proposals").ProducesUpstreamProblems();
        group.MapPost("/", CreateProposal).WithName(nameof(CreateProposal)).RequireRoles(Roles.CityBureau)
            .WithSummary("Create a draft proposal of the caller's region.");
        group.MapGet("/", ListProposals).WithName(nameof(ListProposals)).RequireRoles([.. Roles.All])
            .WithSummary("Proposals the caller may see, optionally of one call and/or in one status.");
        group.MapPut("/{id:guid}", UpdateProposal).WithName(nameof(UpdateProposal)).RequireRoles(Roles.CityBureau)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Edit a draft or returned proposal. Requires If-Match: the ETag read (428 without, 409 when stale).");
        group.MapPost("/{id:guid}/submit", SubmitProposal).WithName(nameof(SubmitProposal)).RequireRoles(Roles.CityBureau)
            .WithSummary("Submit a draft: checks window, lead time, previous-round summary, field block and eligibility. Optional If-Match.");
        group.MapPost("/{id:guid}/return", ReturnProposal).WithName(nameof(ReturnProposal)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Return a submitted proposal to its city for revision, with a reason.");
        group.MapPost("/{id:guid}/withdraw", WithdrawProposal).WithName(nameof(WithdrawProposal)).RequireRoles(Roles.CityBureau)
            .WithSummary("Withdraw the city's own proposal before selection.");
        group.MapGet("/{id:guid}", GetProposal).WithName(nameof(GetProposal)).RequireRoles([.. Roles.All])
            .WithSummary("A proposal the caller may see (404 otherwise); ETag = version.");
        group.MapGet("/{id:guid}/history", GetProposalHistory).WithName(nameof(GetProposalHistory)).RequireRoles([.. Roles.All])
            .WithSummary("The append-only audit of every state change of a proposal the caller may see.");
        return group;
    }

    public static async Task<Results<Created<ProposalResponse>, ValidationProblem>> CreateProposal(
        CreateProposalRequest request, ProposalsClient proposals, HttpContext http)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var proposal = await proposals.CreateAsync(ProposalMapping.ToMessage(request));
        http.Response.Headers.ETag = EntityTag.ForVersion(proposal.Version);
        return TypedResults.Created($"/api/proposals/{proposal.Id}", ProposalMapping.ToResponse(proposal));
    }

    public static async Task<Results<Ok<ProposalResponse>, ValidationProblem, ProblemHttpResult>> UpdateProposal(
        Guid id, UpdateProposalRequest request, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, ProposalsClient proposals, HttpContext http)
    {
        switch (EntityTag.ReadIfMatch(ifMatch, out var version))
        {
            case IfMatch.Absent:
                return EntityTag.PreconditionRequired();
            case IfMatch.Malformed:
                return EntityTag.MalformedIfMatch();
        }

        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var proposal = await proposals.UpdateAsync(ProposalMapping.ToMessage(id, version, request));
        return Ok(proposal, http);
    }

    public static async Task<Results<Ok<ProposalResponse>, ValidationProblem>> SubmitProposal(
        Guid id, [FromHeader(Name = EntityTag.IfMatchField)] string? ifMatch, ProposalsClient proposals, HttpContext http)
    {
        if (EntityTag.ReadIfMatch(ifMatch, out var version) == IfMatch.Malformed)
        {
            return EntityTag.MalformedIfMatch();
        }

        return Ok(await proposals.SubmitAsync(id.ToString(), version), http);
    }

    public static async Task<Results<Ok<ProposalResponse>, ValidationProblem>> ReturnProposal(
        Guid id, ReturnProposalRequest request, ProposalsClient proposals, HttpContext http)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        return Ok(await proposals.ReturnAsync(id.ToString(), request.Reason?.Trim() ?? ""), http);
    }

    public static async Task<Ok<ProposalResponse>> WithdrawProposal(Guid id, ProposalsClient proposals, HttpContext http) =>
        Ok(await proposals.WithdrawAsync(id.ToString()), http);

    public static async Task<Ok<ProposalResponse>> GetProposal(Guid id, ProposalsClient proposals, HttpContext http) =>
        Ok(await proposals.GetAsync(id.ToString()), http);

    // Query values arrive as text so that a bad one becomes a validation problem naming it.
    public static async Task<Results<Ok<ProposalListResponse>, ValidationProblem>> ListProposals(
        string? callId, string? status, [AsParameters] PageParameters page, ProposalsClient proposals, HttpContext http)
    {
        var errors = page.Validate();
        Guid? call = null;
        if (callId is not null)
        {
            if (Guid.TryParse(callId, out var parsed))
            {
                call = parsed;
            }
            else
            {
                errors.Add("callId", "A call id (GUID).");
            }
        }

        if (status is not null && (status.Length is 0 or > MaxStatusLength || !status.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            errors.Add("status", "A proposal status, e.g. Submitted.");
        }

        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var reply = await proposals.ListAsync(call?.ToString() ?? "", status ?? "", page);
        return TypedResults.Ok(ProposalMapping.ToResponse(reply));
    }

    public static Task<Results<Ok<HistoryResponse>, ValidationProblem>> GetProposalHistory(
        Guid id, [AsParameters] PageParameters page, ProposalsClient proposals, HttpContext http) =>
        HistoryResponse.PageAsync(page, async request =>
        {
            var reply = await proposals.HistoryAsync(id.ToString(), request);
            return (reply.Entries, reply.Page);
        });

    private static Ok<ProposalResponse> Ok(HuiShang.Contracts.Proposals.V1.Proposal proposal, HttpContext http)
    {
        http.Response.Headers.ETag = EntityTag.ForVersion(proposal.Version);
        return TypedResults.Ok(ProposalMapping.ToResponse(proposal));
    }
}
