using HuiShang.Notifications.Consumers;
using HuiShang.Notifications.Domain.Webhooks;

namespace HuiShang.Notifications.Webhooks;

/// <summary>Tells a subscription's owner, in its inbox, that the platform paused or disabled it.</summary>
internal static class SubscriptionNotices
{
    public const string Paused = "cn.huishang.subscription.paused.v1";
    public const string Disabled = "cn.huishang.subscription.disabled.v1";

    public static void Tell(NotificationsDbContext db, Subscription subscription, string type, DateTimeOffset now)
    {
        var title = type == Paused ? "Webhook 订阅已暂停" : "Webhook 订阅已停用";
        var entries = new InboxEntries(type, title, $"{subscription.Url}: {subscription.StatusReason}", subscription.Id.ToString(), subscription.OwnerRegion, Guid.CreateVersion7(now), now);
        db.InboxEntries.Add(entries.To(subscription.OwnerRole, subscription.OwnerRegion));
    }
}
