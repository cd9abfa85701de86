using System.Globalization;
using HuiShang.Notifications.Domain.Webhooks;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Configuration;

namespace HuiShang.Notifications.Webhooks;

/// <summary>
/// Webhook delivery settings (Webhooks__* variables). Only <see cref="AllowedTargetsKey"/> matters in
/// production, and it is empty there; the others exist so tests can run a three-day schedule in seconds.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Comma-separated host names, IP addresses or CIDR ranges that may be targets although they are
    /// loopback, private or link-local; plain http is accepted for them only. The AppHost names loopback.
    /// </summary>
    public const string AllowedTargetsKey = "Webhooks:AllowedTargets";

    public const string TimeoutKey = "Webhooks:Timeout";
    public const string PollIntervalKey = "Webhooks:PollInterval";
    public const string BackoffBaseKey = "Webhooks:BackoffBase";
    public const string BackoffMaxKey = "Webhooks:BackoffMax";
    public const string RetryPeriodKey = "Webhooks:RetryPeriod";
    public const string SecretGraceKey = "Webhooks:SecretGracePeriod";

    public TargetPolicy Targets { get; init; } = new([]);

    /// <summary>A receiver is expected to answer quickly and process later (Standard Webhooks).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public RetrySchedule Retry { get; init; } = RetrySchedule.Default;

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    public TimeSpan SecretGrace { get; init; } = TimeSpan.FromHours(24);

    public static WebhookOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new WebhookOptions();
        var entries = (configuration[AllowedTargetsKey] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new WebhookOptions
        {
            Targets = TargetPolicy.Parse(entries, AllowedTargetsKey),
            Timeout = Duration(configuration, TimeoutKey, defaults.Timeout),
            PollInterval = Duration(configuration, PollIntervalKey, defaults.PollInterval),
            Retry = new RetrySchedule(
                Duration(configuration, BackoffBaseKey, defaults.Retry.BaseDelay),
                Duration(configuration, BackoffMaxKey, defaults.Retry.MaxDelay),
                Duration(configuration, RetryPeriodKey, defaults.Retry.Period)),
            SecretGrace = Duration(configuration, SecretGraceKey, defaults.SecretGrace),
        };
    }

    private static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new InvalidConfigurationException(ConfigKeys.AsEnvironmentVariable(key), text, "a positive duration such as 00:00:10");
    }
}
