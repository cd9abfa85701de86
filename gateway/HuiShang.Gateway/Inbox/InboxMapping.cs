using V1 = HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Gateway.Inbox;

internal static class InboxMapping
{
    public static InboxResponse ToResponse(V1.ListInboxReply reply) =>
        new(reply.Items.Select(ToResponse).ToList(), PageParameters.Next(reply.Page));

    private static InboxItemResponse ToResponse(V1.InboxItem item) => new(
        item.Id,
        item.Type,
        item.Title,
        item.Body,
        item.SubjectId,
        item.RegionCode,
        WireValues.ParseInstant(item.CreatedAt, "created_at"));
}
