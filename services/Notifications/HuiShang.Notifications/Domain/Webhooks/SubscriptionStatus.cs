namespace HuiShang.Notifications.Domain.Webhooks;

public static class SubscriptionStatus
{
    public const string Active = "active";

    /// <summary>Deliveries are kept and wait; they go out after a resume.</summary>
    public const string Paused = "paused";

    /// <summary>The receiver answered 410 Gone: nothing more is written or sent.</summary>
    public const string Disabled = "disabled";
}
