namespace HuiShang.Gateway.Tests.EndToEnd;

/// <summary>The Proposals rule clock (ProposalsClock.Key): a fixed instant; timers stay real.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
