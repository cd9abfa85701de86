using System.Security.Cryptography;

namespace HuiShang.Notifications.Domain.Webhooks;

/// <summary>Standard Webhooks secrets: "whsec_" + base64 of 32 random bytes (the spec allows 24–64).</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
