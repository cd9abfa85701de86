using System.Globalization;
using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Calls;

/// <summary>api.md calls for proposals: opening a call (GX-10 window), listing, and the call's selection.</summary>
public static class CallsApi
{
    public static RouteGroupBuilder MapCallsApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/calls").WithTags("Calls").ProducesUpstreamProblems();
        group.MapPost("/", CreateCall).WithName(nameof(CreateCall)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Open a call for proposals of a year in the caller's jurisdiction; omitted dates take the policy's window.");
        group.MapGet("/", ListCalls).WithName(nameof(ListCalls)).RequireRoles([.. Roles.All])
            .WithSummary("Calls of the caller's jurisdiction, optionally of one year.");
        group.MapGet("/{id:guid}", GetCall).WithName(nameof(GetCall)).RequireRoles([.. Roles.All])
            .WithSummary("A call of the caller's jurisdiction (404 otherwise): window, policy version, status.");
        group.MapPost("/{id:guid}/selection", SelectProposals).WithName(nameof(SelectProposals)).RequireRoles(Roles.ProvincePlanning)
            .WithSummary("Decide the call's selection: key, general and extra proposals (checks quotas and the three-year cycle).");
        return group;
    }

    public static async Task<Results<Created<CallResponse>, ValidationProblem>> CreateCall(
        CreateCallRequest request, ProposalsClient proposals, HttpContext http)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var call = await proposals.CreateCallAsync(CallMapping.ToMessage(request));
        return TypedResults.Created($"/api/calls/{call.Id}", CallMapping.ToResponse(call));
    }

    public static async Task<Ok<CallResponse>> GetCall(Guid id, ProposalsClient proposals, HttpContext http) =>
        TypedResults.Ok(CallMapping.ToResponse(await proposals.GetCallAsync(id.ToString())));

    // year arrives as text so that "year=abc" becomes a validation problem naming the field.
    public static async Task<Results<Ok<CallListResponse>, ValidationProblem>> ListCalls(
        string? year, [AsParameters] PageParameters page, ProposalsClient proposals, HttpContext http)
    {
        var errors = page.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var value = 0;
        if (year is not null && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            || value is < FieldMessages.MinYear or > FieldMessages.MaxYear))
        {
            return ValidationResults.For("year", FieldMessages.Year);
        }

        var reply = await proposals.ListCallsAsync(value, page);
        return TypedResults.Ok(CallMapping.ToResponse(reply));
    }

    public static async Task<Results<Ok<SelectionResponse>, ValidationProblem>> SelectProposals(
        Guid id, SelectionRequest request, ProposalsClient proposals, HttpContext http)
    {
        var errors = request.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var reply = await proposals.SelectAsync(ProposalMapping.ToMessage(id, request));
        return TypedResults.Ok(ProposalMapping.ToResponse(reply));
    }
}
