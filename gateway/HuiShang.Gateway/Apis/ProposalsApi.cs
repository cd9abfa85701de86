using HuiShang.Contracts.Identity;
using HuiShang.Gateway.Authorization;
using HuiShang.Gateway.Models.Proposals;
using HuiShang.Gateway.Upstream;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Apis;

/// <summary>api.md proposals: drafts by city bureaus, submission, reading. Tenancy is the service's check.</summary>
public static class ProposalsApi
{
    public static RouteGroupBuilder MapProposalsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/proposals").WithTags("Proposals").ProducesUpstreamProblems();
        group.MapPost("/", CreateProposal).WithName(nameof(CreateProposal)).RequireRoles(Roles.CityBureau)
            .WithSummary("Create a draft proposal of the caller's region.");
        group.MapPost("/{id:guid}/submit", SubmitProposal).WithName(nameof(SubmitProposal)).RequireRoles(Roles.CityBureau)
            .WithSummary("Submit a draft: checks window, lead time, previous-round summary and field block.");
        group.MapGet("/{id:guid}", GetProposal).WithName(nameof(GetProposal)).RequireRoles([.. Roles.All])
            .WithSummary("A proposal the caller may see (404 otherwise); ETag = version.");
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

        var proposal = await proposals.CreateAsync(ProposalMapping.ToMessage(request), http);
        http.Response.Headers.ETag = EntityTag.ForVersion(proposal.Version);
        return TypedResults.Created($"/api/proposals/{proposal.Id}", ProposalMapping.ToResponse(proposal));
    }

    public static async Task<Ok<ProposalResponse>> SubmitProposal(Guid id, ProposalsClient proposals, HttpContext http)
    {
        var proposal = await proposals.SubmitAsync(id.ToString(), http);
        http.Response.Headers.ETag = EntityTag.ForVersion(proposal.Version);
        return TypedResults.Ok(ProposalMapping.ToResponse(proposal));
    }

    public static async Task<Ok<ProposalResponse>> GetProposal(Guid id, ProposalsClient proposals, HttpContext http)
    {
        var proposal = await proposals.GetAsync(id.ToString(), http);
        http.Response.Headers.ETag = EntityTag.ForVersion(proposal.Version);
        return TypedResults.Ok(ProposalMapping.ToResponse(proposal));
    }
}
