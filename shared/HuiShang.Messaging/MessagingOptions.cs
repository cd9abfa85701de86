namespace HuiShang.Messaging;

/// <summary>
/// Tuning of the outbox dispatcher and the consumer retry, bound from the "Messaging" section
/// (e.g. Messaging__PollInterval=00:00:05). The defaults suit production.
/// </summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Safety-net poll for rows committed by a process that died before dispatching them.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 100;

    /// <summary>Longest wait for one publish (and its confirm) before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First back-off after a failed publish; doubles per consecutive failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Sent outbox rows are kept this long (for diagnosis), then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Inbox rows are kept this long; a redelivery older than this would be applied again.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Consumer redeliveries (in-process, exponential) before the message goes to the _error queue.</summary>
    public int ConsumerRetryLimit { get; set; } = 5;

    public TimeSpan ConsumerRetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan ConsumerRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan ConsumerRetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// Messaging__QuorumQueues=true declares the consumers' queues as RabbitMQ quorum queues
    /// (replicated over a clustered broker, as in the Kubernetes prod overlay). Off by default: a
    /// single local node gains nothing, and RabbitMQ refuses to redeclare an existing classic queue
    /// as quorum, so switching an existing broker means draining and deleting its queues first.
    /// </summary>
    public bool QuorumQueues { get; set; }
}
