using HuiShang.Contracts.Notifications.V1;
using Grpc.Core;
using HuiShang.Notifications.Data;
using HuiShang.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Grpc;

/// <summary>huishang.notifications.v1.Notifications: the caller's inbox.</summary>
public sealed class NotificationsService(NotificationsDbContext db)
    : HuiShang.Contracts.Notifications.V1.Notifications.NotificationsBase
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// Entries addressed to one of the caller's roles in the caller's own region, newest first; an entry
    /// addressed to one business division only reaches callers with that division claim.
    /// </summary>
    public override async Task<ListInboxReply> ListInbox(ListInboxRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var roles = caller.Roles.ToList();
        var division = caller.Division ?? "";
        var limit = request.Limit <= 0 ? DefaultLimit : Math.Min(request.Limit, MaxLimit);
        var entries = await db.InboxEntries.AsNoTracking()
            .Where(e => e.RecipientRegion == caller.RegionCode && roles.Contains(e.RecipientRole))
            .Where(e => e.RecipientDivision == "" || e.RecipientDivision == division)
            .OrderByDescending(e => e.CreatedAt)
            .ThenByDescending(e => e.Id)
            .Take(limit)
            .ToListAsync(context.CancellationToken);

        var reply = new ListInboxReply();
        reply.Items.AddRange(entries.Select(e => e.ToMessage()));
        return reply;
    }
}
