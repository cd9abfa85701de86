namespace HuiShang.Interop.Tests;

/// <summary>The Proposals rule clock (ProposalsClock) held at one instant; timers stay real.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
