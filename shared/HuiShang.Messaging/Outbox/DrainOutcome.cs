namespace HuiShang.Messaging.Outbox;

internal enum DrainOutcome
{
    /// <summary>Everything publishable was published.</summary>
    Drained,

    /// <summary>A publish failed: the dispatcher backs off before the next try.</summary>
    Failed,

    /// <summary>Another replica holds the lease and is dispatching.</summary>
    Contended,
}
