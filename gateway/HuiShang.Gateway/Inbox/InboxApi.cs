using System.Globalization;
using HuiShang.Contracts.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuiShang.Gateway.Inbox;

/// <summary>api.md GET /api/inbox: the caller's notifications and reminders.</summary>
public static class InboxApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/inbox").WithTags("Inbox").ProducesUpstreamProblems();
        group.MapGet("/", GetInbox).WithName(nameof(GetInbox)).RequireRoles([.. Roles.All])
            .WithSummary($"The caller's inbox, newest first (limit 1–{MaxLimit}, default {DefaultLimit}).");
        return group;
    }

    // limit arrives as text so that "limit=abc" becomes a validation problem naming the field
    // rather than the framework's generic binding failure.
    public static async Task<Results<Ok<InboxResponse>, ValidationProblem>> GetInbox(string? limit, NotificationsClient notifications, HttpContext http)
    {
        var count = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            return ValidationResults.For("limit", $"A whole number from 1 to {MaxLimit}.");
        }

        var reply = await notifications.ListInboxAsync(count);
        return TypedResults.Ok(InboxMapping.ToResponse(reply));
    }
}
