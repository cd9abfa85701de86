namespace HuiShang.Notifications.Domain.Webhooks;

public static class WebhookLimits
{
    public const int Url = 2048;
    public const int EventTypes = 4000;
    public const int Description = 500;
    public const int Reason = 500;
    public const int Secret = 100;

    /// <summary>Receivers' answers are not kept beyond this many characters.</summary>
    public const int ResponseExcerpt = 500;

    public const int MaxSubscriptionsPerOwner = 50;
}
