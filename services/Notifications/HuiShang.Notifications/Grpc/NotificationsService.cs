using HuiShang.Contracts.Notifications.V1;
using Grpc.Core;
using HuiShang.Notifications.Data;
using HuiShang.ServiceDefaults.Identity;
using HuiShang.ServiceDefaults.Paging;
using HuiShang.Notifications.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Grpc;

/// <summary>huishang.notifications.v1.Notifications: the caller's inbox (subscriptions: NotificationsService.Subscriptions.cs).</summary>
public sealed partial class NotificationsService(NotificationsDbContext db, WebhookOptions webhooks, TimeProvider time)
    : HuiShang.Contracts.Notifications.V1.Notifications.NotificationsBase
{
    /// <summary>
    /// Entries addressed to one of the caller's roles in the caller's own region, newest first; an entry
    /// addressed to one business division only reaches callers with that division claim.
    /// </summary>
    public override async Task<ListInboxReply> ListInbox(ListInboxRequest request, ServerCallContext context)
    {
        var caller = context.RequireCaller();
        var roles = caller.Roles.ToList();
        var division = caller.Division ?? "";
        var page = PageQuery.Read(request.Page, "inbox");
        // UUIDv7 ids carry the entry's creation time: newest first is id order, descending.
        var (entries, next) = await db.InboxEntries.AsNoTracking()
            .Where(e => e.RecipientRegion == caller.RegionCode && roles.Contains(e.RecipientRole))
            .Where(e => e.RecipientDivision == "" || e.RecipientDivision == division)
            .PageAsync(e => e.Id, page, descending: true, context.CancellationToken);

        var reply = new ListInboxReply { Page = next };
        reply.Items.AddRange(entries.Select(e => e.ToMessage()));
        return reply;
    }
}
