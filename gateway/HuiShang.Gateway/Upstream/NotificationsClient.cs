using HuiShang.Contracts.Notifications.V1;

namespace HuiShang.Gateway.Upstream;

/// <summary>The notifications service (huishang.notifications.v1.Notifications) as the gateway calls it.</summary>
public sealed class NotificationsClient(HuiShang.Contracts.Notifications.V1.Notifications.NotificationsClient grpc)
{
    public Task<ListInboxReply> ListInboxAsync(int limit) =>
        grpc.ListInboxAsync(new ListInboxRequest { Limit = limit }).ResponseAsync;
}
