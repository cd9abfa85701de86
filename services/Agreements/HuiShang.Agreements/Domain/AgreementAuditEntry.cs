namespace HuiShang.Agreements.Domain;

/// <summary>One row of an agreement's append-only history, saved with the change it records.</summary>
public sealed class AgreementAuditEntry
{
    private AgreementAuditEntry()
    {
    }

    public long Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string Action { get; private set; } = "";

    public AgreementStatus? FromStatus { get; private set; }

    public AgreementStatus ToStatus { get; private set; }

    public int Version { get; private set; }

    public string? Detail { get; private set; }

    internal static AgreementAuditEntry Of(Agreement agreement, string action, AgreementStatus? from, string by, DateTimeOffset at, string? detail) => new()
    {
        AgreementId = agreement.Id,
        At = at,
        By = by,
        Action = action,
        FromStatus = from,
        ToStatus = agreement.Status,
        Version = agreement.CurrentVersion,
        Detail = detail,
    };
}
