namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>
/// The Proposals rule clock (ProposalsClock.Key): a fixed instant; timers stay real. Tests with their
/// own stack may move it (<see cref="Now"/>); the shared matrix stack never does.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
