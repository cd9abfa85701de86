namespace HuiShang.Evaluation.Domain;

/// <summary>
/// That something of a plan went overdue (a period's filing, an item): raised once, escalated once per
/// level (0 owner, 1 coordinating division, 2 director), cleared by the filing or the item being done.
/// One row per plan and <see cref="Key"/> (unique), so a scan run twice raises nothing twice.
/// </summary>
public sealed class OverdueNotice
{
    private OverdueNotice()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary><see cref="PeriodKeys"/>.</summary>
    public string Key { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public int Level { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public DateTimeOffset LastRaisedAt { get; private set; }

    public DateTimeOffset? ClearedAt { get; private set; }

    public bool IsOpen => ClearedAt is null;

    internal static OverdueNotice Raise(Guid planId, string key, DateOnly dueOn, int level, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PlanId = planId,
        Key = key,
        DueOn = dueOn,
        Level = level,
        RaisedAt = now,
        LastRaisedAt = now,
    };

    /// <summary>True when the level rose (an escalation to send); never goes down.</summary>
    internal bool EscalateTo(int level, DateTimeOffset now)
    {
        if (!IsOpen || level <= Level)
        {
            return false;
        }

        Level = level;
        LastRaisedAt = now;
        return true;
    }

    internal void Clear(DateTimeOffset now) => ClearedAt ??= now;
}
