using HuiShang.Contracts.Notifications.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Notifications.Tests;

/// <summary>Typed handles on huishang.notifications.v1.Notifications.</summary>
internal static class NotificationsApi
{
    public static readonly UnaryMethod<ListInboxRequest, ListInboxReply> ListInbox =
        new(NotificationsReflection.Descriptor.Services[0], "ListInbox");
}
