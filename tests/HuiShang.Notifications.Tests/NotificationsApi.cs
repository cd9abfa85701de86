using HuiShang.Contracts.Notifications.V1;
using Grpc.Core;
using HuiShang.ServiceTesting;

namespace HuiShang.Notifications.Tests;

/// <summary>Typed handles on huishang.notifications.v1.Notifications.</summary>
internal static class NotificationsApi
{
    public static readonly UnaryMethod<ListInboxRequest, ListInboxReply> ListInbox =
        new(NotificationsReflection.Descriptor.Services[0], "ListInbox");

    public static readonly UnaryMethod<CreateSubscriptionRequest, SubscriptionWithSecret> CreateSubscription = new(Service, "CreateSubscription");
    public static readonly UnaryMethod<ListSubscriptionsRequest, ListSubscriptionsReply> ListSubscriptions = new(Service, "ListSubscriptions");
    public static readonly UnaryMethod<SubscriptionRef, Subscription> GetSubscription = new(Service, "GetSubscription");
    public static readonly UnaryMethod<SubscriptionRef, Subscription> PauseSubscription = new(Service, "PauseSubscription");
    public static readonly UnaryMethod<SubscriptionRef, Subscription> ResumeSubscription = new(Service, "ResumeSubscription");
    public static readonly UnaryMethod<SubscriptionRef, SubscriptionWithSecret> RotateSecret = new(Service, "RotateSubscriptionSecret");
    public static readonly UnaryMethod<ListDeliveriesRequest, ListDeliveriesReply> ListDeliveries = new(Service, "ListDeliveries");
    public static readonly UnaryMethod<RedeliverRequest, Delivery> Redeliver = new(Service, "Redeliver");
    public static readonly UnaryMethod<ReplayRequest, ReplayReply> Replay = new(Service, "ReplayDeliveries");
    public static readonly UnaryMethod<ListEventTypesRequest, ListEventTypesReply> ListEventTypes = new(Service, "ListEventTypes");

    private static Google.Protobuf.Reflection.ServiceDescriptor Service => NotificationsReflection.Descriptor.Services[0];
}
