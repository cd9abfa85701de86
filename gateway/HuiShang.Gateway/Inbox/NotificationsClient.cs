using V1 = HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Gateway.Inbox;

/// <summary>The notifications service (huishang.notifications.v1.Notifications) as the gateway calls it.</summary>
public sealed class NotificationsClient(HuiShang.Contracts.Notifications.V1.Notifications.NotificationsClient grpc)
{
    public Task<V1.ListInboxReply> ListInboxAsync(PageParameters page) =>
        grpc.ListInboxAsync(new V1.ListInboxRequest { Page = page.ToMessage() }).ResponseAsync;
}
