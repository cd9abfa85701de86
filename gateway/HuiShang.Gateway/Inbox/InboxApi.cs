using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Inbox;

/// <summary>api.md GET /api/inbox: the caller's notifications and reminders.</summary>
public static class InboxApi
{
    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/inbox").WithTags("Inbox").ProducesUpstreamProblems();
        group.MapGet("/", GetInbox).WithName(nameof(GetInbox)).RequireRoles([.. Roles.All])
            .WithSummary("The caller's inbox, newest first, a page at a time.");
        return group;
    }

    public static async Task<Results<Ok<InboxResponse>, ValidationProblem>> GetInbox(
        [AsParameters] PageParameters page, NotificationsClient notifications, HttpContext http)
    {
        var errors = page.Validate();
        if (errors.Any)
        {
            return ValidationResults.For(errors);
        }

        var reply = await notifications.ListInboxAsync(page);
        return TypedResults.Ok(InboxMapping.ToResponse(reply));
    }
}
