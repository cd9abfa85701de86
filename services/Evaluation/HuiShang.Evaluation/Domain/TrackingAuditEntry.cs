using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.Evaluation.Domain;

/// <summary>One row of a plan's append-only history (every filing and decision), saved with the change it records.</summary>
public sealed class TrackingAuditEntry : IAuditTrailEntry
{
    private TrackingAuditEntry()
    {
    }

    public long Id { get; private set; }

    public Guid PlanId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Action { get; private set; } = "";

    public TrackingStatus? FromStatus { get; private set; }

    public TrackingStatus ToStatus { get; private set; }

    public long Version { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>As the gateway saw the caller; null when unknown (decision 012).</summary>
    public string? ClientAddress { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    AuditFields IAuditTrailEntry.Fields =>
        new(PlanId, At, By, ClientAddress, Action, FromStatus?.ToString(), ToStatus.ToString(), Version, Detail);

    void IAuditTrailEntry.Seal(string? clientAddress, string previousHash, string hash)
    {
        ClientAddress = clientAddress;
        PreviousHash = previousHash;
        Hash = hash;
    }

    internal static TrackingAuditEntry Of(TrackingPlan plan, string action, TrackingStatus? from, string by, DateTimeOffset at, string? detail) => new()
    {
        PlanId = plan.Id,
        At = at,
        By = by,
        Action = action,
        FromStatus = from,
        ToStatus = plan.Status,
        Version = plan.Revision,
        Detail = detail is { Length: > TrackingLimits.LongText } ? detail[..TrackingLimits.LongText] : detail,
    };
}
