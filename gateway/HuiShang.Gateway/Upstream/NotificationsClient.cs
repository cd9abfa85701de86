using HuiShang.Contracts;
using HuiShang.Contracts.Notifications.V1;
using HuiShang.Grpc.Client;

namespace HuiShang.Gateway.Upstream;

/// <summary>The notifications service (huishang.notifications.v1.Notifications) as the gateway calls it.</summary>
public sealed class NotificationsClient(GrpcChannelProvider channels, UpstreamOptions options)
{
    private static readonly Method<ListInboxRequest, ListInboxReply> ListInboxMethod =
        new(NotificationsReflection.Descriptor.Services[0], "ListInbox");

    public Task<ListInboxReply> ListInboxAsync(int limit, HttpContext caller) =>
        UpstreamCall.UnaryAsync(channels, Resources.Notifications, ListInboxMethod, new ListInboxRequest { Limit = limit }, caller, options.Timeout);
}
